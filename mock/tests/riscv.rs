//! The RISC-V IOMMU model, driven as a driver drives QEMU's riscv-iommu-pci: the bring-up
//! scenarios of the bare-metal tests (ddtp Off and Bare, 1/2/3-level device directories,
//! Sv39 and Sv39x4 translation, a stale IOTLB until IOTINVAL.VMA, an illegal command, fault
//! queue overflow), with the DMA master played by the test. Registers, device contexts,
//! commands, records and page-table descriptors are the generated types.

use iommugen_mock::riscv::spec::cq::{IODIR_INVAL_DDT, IOFENCE_C, IOTINVAL_VMA};
use iommugen_mock::riscv::spec::entries::{DC, DDTE};
use iommugen_mock::riscv::spec::enums::{DcFscMode, FaultCause, FaultTtyp, IohgatpMode, IommuMode};
use iommugen_mock::riscv::spec::fq::FAULT;
use iommugen_mock::riscv::spec::pagetables::{sv39, sv39x4};
use iommugen_mock::riscv::spec::regs::{
    capabilities, cqb, cqcsr, cqh, cqt, ddtp, fqb, fqcsr, fqh, fqt,
};
use iommugen_mock::riscv::spec::support::Register;
use iommugen_mock::riscv::{Cause, RiscvMock};
use iommugen_mock::{EventFate, Transfer};
use iommugen_runtime::hal::{Clock, DmaBuf, Hal};

/// edu's device_id on QEMU (00:02.0), and the second edu's (00:1f.0).
const DID: u32 = 0x10;
const DID_F8: u32 = 0xf8;
/// An IOVA outside RAM, for translated accesses.
const IOVA: u64 = 0x7_1234_5000;

fn write<R: Register>(m: &RiscvMock, v: R) {
    if R::WIDTH == 64 {
        m.mmio_write64(R::OFFSET, v.to_raw());
    } else {
        m.mmio_write32(R::OFFSET, v.to_raw() as u32);
    }
}

fn read<R: Register>(m: &RiscvMock) -> R {
    R::from_raw(if R::WIDTH == 64 {
        m.mmio_read64(R::OFFSET)
    } else {
        u64::from(m.mmio_read32(R::OFFSET))
    })
}

/// Polls `R` until `done`, at most 100 polls.
fn poll<R: Register>(m: &RiscvMock, done: impl Fn(R) -> bool) -> R {
    for _ in 0..100 {
        let v = read::<R>(m);
        if done(v) {
            return v;
        }
        m.relax();
    }
    panic!("{} never reached the state polled for", R::NAME);
}

fn set_ddtp(m: &RiscvMock, ddtp: ddtp) {
    poll::<ddtp>(m, |d| !d.busy());
    write(m, ddtp);
    poll::<ddtp>(m, |d| !d.busy());
}

fn page(m: &RiscvMock, pattern: u64) -> DmaBuf {
    let p = m.dma_alloc(4096, 4096).unwrap();
    for i in 0..8 {
        m.dma_write(&p, i, pattern);
    }
    p
}

/// The fault queue: 2^log2 records.
struct Fq {
    buf: DmaBuf,
    entries: u32,
}

impl Fq {
    fn enable(m: &RiscvMock, log2: u32) -> Fq {
        let buf = m.dma_alloc(4096, 4096).unwrap();
        let fqb = fqb::from_raw(0)
            .with_LOG2SZ_1((log2 - 1) as u8)
            .unwrap()
            .with_PPN(buf.addr)
            .unwrap();
        write(m, fqb);
        write(m, fqh::from_raw(0));
        write(m, fqcsr::from_raw(0).with_fqen(true));
        poll::<fqcsr>(m, |c| c.fqon() && !c.busy());
        Fq {
            buf,
            entries: 1 << log2,
        }
    }

    fn drain(&self, m: &RiscvMock) -> Vec<FAULT> {
        let tail = read::<fqt>(m).to_raw() as u32 % self.entries;
        let mut head = read::<fqh>(m).to_raw() as u32 % self.entries;
        let mut out = Vec::new();
        while head != tail {
            let w = m
                .read_words(self.buf.addr + u64::from(head) * 32, 4)
                .unwrap();
            out.push(FAULT([w[0], w[1], w[2], w[3]]));
            head = (head + 1) % self.entries;
        }
        write(m, fqh::from_raw(u64::from(head)));
        out
    }
}

/// The command queue: 2^log2 commands.
struct Cq {
    buf: DmaBuf,
    entries: u32,
    tail: u32,
}

impl Cq {
    fn enable(m: &RiscvMock, log2: u32) -> Cq {
        let buf = m.dma_alloc(4096, 4096).unwrap();
        let cqb = cqb::from_raw(0)
            .with_LOG2SZ_1((log2 - 1) as u8)
            .unwrap()
            .with_PPN(buf.addr)
            .unwrap();
        write(m, cqb);
        write(m, cqt::from_raw(0));
        write(m, cqcsr::from_raw(0).with_cqen(true));
        poll::<cqcsr>(m, |c| c.cqon() && !c.busy());
        Cq {
            buf,
            entries: 1 << log2,
            tail: 0,
        }
    }

    /// Queues `commands` and an IOFENCE.C; true if the queue consumed them all.
    fn submit(&mut self, m: &RiscvMock, commands: &[[u64; 2]]) -> bool {
        let fence = IOFENCE_C::new().0;
        for c in commands.iter().chain(std::iter::once(&fence)) {
            self.put(m, self.tail, *c);
            self.tail = (self.tail + 1) % self.entries;
        }
        write(m, cqt::from_raw(u64::from(self.tail)));
        read::<cqh>(m).to_raw() as u32 == self.tail
    }

    fn put(&self, m: &RiscvMock, at: u32, c: [u64; 2]) {
        let slot = (at % self.entries) as usize * 2;
        m.dma_write(&self.buf, slot, c[0]);
        m.dma_write(&self.buf, slot + 1, c[1]);
        m.wmb();
    }
}

/// A device directory of `levels` levels with `dc` at `did`; returns ddtp and the address of
/// the device context.
fn ddt(m: &RiscvMock, levels: u32, did: u32, dc: DC) -> (ddtp, u64) {
    let mode = [IommuMode::LVL1, IommuMode::LVL2, IommuMode::LVL3][levels as usize - 1];
    let root = m.dma_alloc(4096, 4096).unwrap().addr;
    let mut table = root;
    for level in (1..levels).rev() {
        let next = m.dma_alloc(4096, 4096).unwrap().addr;
        let i = u64::from((did >> (6 + 9 * (level - 1))) & 0x1ff);
        let ddte = DDTE::new().with_V(true).with_PPN(next).unwrap();
        assert!(m.write_u64(table + i * 8, ddte.0[0]));
        table = next;
    }
    let at = table + u64::from(did & 0x3f) * 64;
    assert!(m.write_words(at, &dc.0));
    let ddtp = ddtp::from_raw(0)
        .with_iommu_mode(mode)
        .with_PPN(root)
        .unwrap();
    (ddtp, at)
}

fn bare_dc() -> DC {
    DC::new()
        .with_V(true)
        .with_fsc_MODE(DcFscMode::Bare)
        .with_iohgatp_MODE(IohgatpMode::Bare)
}

/// A three-level Sv39 (or Sv39x4: 16 KiB root, U = 1 leaves) table.
struct Tables {
    root: u64,
    root_bits: u32,
    guest: bool,
    tables: Vec<(u64, u64)>,
}

impl Tables {
    fn new(m: &RiscvMock, guest: bool) -> Tables {
        let size = if guest { 16384 } else { 4096 };
        Tables {
            root: m.dma_alloc(size, size).unwrap().addr,
            root_bits: if guest { 11 } else { 9 },
            guest,
            tables: Vec::new(),
        }
    }

    fn map(&mut self, m: &RiscvMock, iova: u64, pa: Option<u64>) {
        let index = |level: u32| {
            let bits = if level == 2 { self.root_bits } else { 9 };
            (iova >> (12 + 9 * level)) & ((1 << bits) - 1)
        };
        let mut table = self.root;
        for level in [2u32, 1] {
            let key = (iova >> (12 + 9 * level)) << 2 | u64::from(level);
            table = match self.tables.iter().find(|(k, _)| *k == key) {
                Some(&(_, t)) => t,
                None => {
                    let t = m.dma_alloc(4096, 4096).unwrap().addr;
                    let ptr = if self.guest {
                        sv39x4::Pointer::new().with_V(true).with_PPN(t).unwrap().0
                    } else {
                        sv39::Pointer::new().with_V(true).with_PPN(t).unwrap().0
                    };
                    assert!(m.write_u64(table + index(level) * 8, ptr));
                    self.tables.push((key, t));
                    t
                }
            };
        }
        let leaf = match pa {
            None => 0,
            Some(pa) if self.guest => {
                let l = sv39x4::Leaf::new().with_V(true).with_R(true).with_W(true);
                l.with_U(true)
                    .with_A(true)
                    .with_D(true)
                    .with_PPN(pa)
                    .unwrap()
                    .0
            }
            Some(pa) => {
                let l = sv39::Leaf::new().with_V(true).with_R(true).with_W(true);
                l.with_A(true).with_D(true).with_PPN(pa).unwrap().0
            }
        };
        assert!(m.write_u64(table + index(0) * 8, leaf));
    }
}

/// Reads 8 bytes at `iova` as `did`: the word, or the cause of the fault.
fn read_as(m: &RiscvMock, did: u32, iova: u64) -> Result<u64, Cause> {
    let d = m.dma(did, None, iova, Transfer::Read(8));
    match d.termination() {
        Some(t) => Err(t.cause),
        None => Ok(u64::from_le_bytes(d.data[..8].try_into().unwrap())),
    }
}

#[test]
fn capabilities_as_qemu() {
    let m = RiscvMock::new();
    let c = read::<capabilities>(&m);
    assert_eq!(c.version(), 0x10);
    assert!(c.Sv39() && c.Sv48() && c.Sv57() && c.Sv39x4() && c.Sv48x4());
    assert!(c.MSI_FLAT() && c.ATS() && c.PD8());
    assert!(!c.Svpbmt() && !c.AMO_HWAD() && !c.Sv57x4() && !c.PD17());
    assert_eq!(read::<ddtp>(&m).iommu_mode(), Ok(IommuMode::Off));
}

#[test]
fn off_blocks_dma_with_cause_256() {
    let m = RiscvMock::new();
    let fq = Fq::enable(&m, 4);
    let src = page(&m, 0x0ff0_0ff0);
    let cause = read_as(&m, DID, src.addr);
    assert_eq!(cause, Err(Cause::Fault(FaultCause::AllInboundDisallowed)));
    let faults = fq.drain(&m);
    assert_eq!(faults.len(), 1);
    assert_eq!(faults[0].CAUSE(), Ok(FaultCause::AllInboundDisallowed));
    assert_eq!((faults[0].DID(), faults[0].iotval()), (DID, src.addr));
    assert_eq!(faults[0].TTYP(), Ok(FaultTtyp::UntranslatedRead));
}

#[test]
fn bare_passes_dma() {
    let m = RiscvMock::new();
    set_ddtp(&m, ddtp::from_raw(0).with_iommu_mode(IommuMode::Bare));
    let src = page(&m, 0xba4e_ba4e);
    assert_eq!(read_as(&m, DID, src.addr), Ok(0xba4e_ba4e));
}

#[test]
fn ddt_valid_then_invalid_after_iodir() {
    let m = RiscvMock::new();
    let (ddtp, at) = ddt(&m, 1, DID, bare_dc());
    set_ddtp(&m, ddtp);
    let mut cq = Cq::enable(&m, 4);
    let fq = Fq::enable(&m, 4);
    assert!(cq.submit(&m, &[IODIR_INVAL_DDT::new().0]));
    let src = page(&m, 0xdc0_0dc0);
    assert_eq!(read_as(&m, DID, src.addr), Ok(0xdc0_0dc0));
    // The context goes invalid: the cached one is used until IODIR.INVAL_DDT.
    assert!(m.write_words(at, &DC::new().0));
    assert_eq!(read_as(&m, DID, src.addr), Ok(0xdc0_0dc0));
    let inval = IODIR_INVAL_DDT::new().with_DV(true).with_DID(DID).unwrap();
    assert!(cq.submit(&m, &[inval.0]));
    let cause = read_as(&m, DID, src.addr);
    assert_eq!(cause, Err(Cause::Fault(FaultCause::DdtEntryNotValid)));
    let faults = fq.drain(&m);
    assert_eq!(faults.len(), 1);
    assert_eq!(
        (faults[0].CAUSE(), faults[0].DID()),
        (Ok(FaultCause::DdtEntryNotValid), DID)
    );
}

#[test]
fn two_and_three_level_ddt_for_device_f8() {
    for levels in [2, 3] {
        let m = RiscvMock::new();
        let (ddtp, _) = ddt(&m, levels, DID_F8, bare_dc());
        set_ddtp(&m, ddtp);
        let pattern = 0xd1d0_0000 | u64::from(levels);
        let src = page(&m, pattern);
        assert_eq!(
            read_as(&m, DID_F8, src.addr),
            Ok(pattern),
            "{levels} levels"
        );
        // Another device_id finds no valid entry at the first non-leaf level.
        let cause = read_as(&m, DID, src.addr);
        assert_eq!(cause, Err(Cause::Fault(FaultCause::DdtEntryNotValid)));
    }
    // device_id 0xf8 is beyond a one-level directory (6 bits).
    let m = RiscvMock::new();
    let (ddtp, _) = ddt(&m, 1, 0x38, bare_dc());
    set_ddtp(&m, ddtp);
    let cause = read_as(&m, DID_F8, 0x8000_0000);
    assert_eq!(
        cause,
        Err(Cause::Fault(FaultCause::TransactionTypeDisallowed))
    );
}

/// Device `DID` translating through a first-stage Sv39 table; IOVA maps `pa`.
fn sv39_rig(m: &RiscvMock, pa: u64) -> (Tables, Cq, Fq) {
    let mut pt = Tables::new(m, false);
    pt.map(m, IOVA, Some(pa));
    let dc = bare_dc()
        .with_fsc_MODE(DcFscMode::Sv39)
        .with_fsc_PPN(pt.root)
        .unwrap();
    let (ddtp, _) = ddt(m, 1, DID, dc);
    set_ddtp(m, ddtp);
    let mut cq = Cq::enable(m, 4);
    let fq = Fq::enable(m, 6);
    assert!(cq.submit(m, &[IODIR_INVAL_DDT::new().0]));
    (pt, cq, fq)
}

#[test]
fn sv39_translates_and_unmapped_faults_with_iotval() {
    let m = RiscvMock::new();
    let src = page(&m, 0x5e39_5e39);
    let (_pt, _cq, fq) = sv39_rig(&m, src.addr);
    assert_eq!(read_as(&m, DID, IOVA + 8), Ok(0x5e39_5e39));
    let d = m.dma(DID, None, IOVA + 0x10, Transfer::Write(&[1, 2, 3, 4]));
    assert_eq!(d.pa(), Some(src.addr + 0x10));
    let unmapped = IOVA + 0x10_0000;
    let cause = read_as(&m, DID, unmapped);
    assert_eq!(cause, Err(Cause::Fault(FaultCause::ReadPageFault)));
    let d = m.dma(DID, None, unmapped, Transfer::Write(&[0]));
    assert_eq!(
        d.termination().map(|t| t.cause),
        Some(Cause::Fault(FaultCause::WritePageFault))
    );
    let faults = fq.drain(&m);
    let got: Vec<_> = faults
        .iter()
        .map(|f| (f.CAUSE(), f.DID(), f.iotval()))
        .collect();
    assert_eq!(
        got,
        vec![
            (Ok(FaultCause::ReadPageFault), DID, unmapped),
            (Ok(FaultCause::WritePageFault), DID, unmapped)
        ]
    );
    // A non-canonical IOVA (bit 38 not sign-extended) faults too.
    let cause = read_as(&m, DID, 1 << 40);
    assert_eq!(cause, Err(Cause::Fault(FaultCause::ReadPageFault)));
}

#[test]
fn sv39x4_g_stage_translates() {
    let m = RiscvMock::new();
    let src = page(&m, 0x6539_6539);
    let mut pt = Tables::new(&m, true);
    pt.map(&m, IOVA, Some(src.addr));
    let dc = bare_dc()
        .with_iohgatp_MODE(IohgatpMode::Sv39x4)
        .with_iohgatp_GSCID(1)
        .with_iohgatp_PPN(pt.root)
        .unwrap();
    let (ddtp, _) = ddt(&m, 1, DID, dc);
    set_ddtp(&m, ddtp);
    let fq = Fq::enable(&m, 4);
    assert_eq!(read_as(&m, DID, IOVA), Ok(0x6539_6539));
    // An unmapped guest-physical address: a guest-page fault, the GPA >> 2 in iotval2.
    let gpa = IOVA + 0x20_0000;
    let cause = read_as(&m, DID, gpa);
    assert_eq!(cause, Err(Cause::Fault(FaultCause::ReadGuestPageFault)));
    let f = fq.drain(&m);
    assert_eq!((f.len(), f[0].iotval(), f[0].iotval2()), (1, gpa, gpa >> 2));
    // A leaf without U is not a G-stage leaf.
    let leaf = sv39x4::Leaf::new().with_V(true).with_R(true).with_A(true);
    let other = IOVA + 0x1000;
    pt.map(&m, other, Some(src.addr));
    let l1 = pt.tables.iter().find(|(k, _)| *k & 3 == 1).unwrap().1;
    assert!(m.write_u64(
        l1 + ((other >> 12) & 0x1ff) * 8,
        leaf.with_PPN(src.addr).unwrap().0
    ));
    let cause = read_as(&m, DID, other);
    assert_eq!(cause, Err(Cause::Fault(FaultCause::ReadGuestPageFault)));
}

#[test]
fn retargeted_leaf_stays_stale_until_iotinval_vma() {
    let m = RiscvMock::new();
    let a = page(&m, 0xaaaa_0001);
    let b = page(&m, 0xbbbb_0002);
    let (mut pt, mut cq, _fq) = sv39_rig(&m, a.addr);
    assert_eq!(read_as(&m, DID, IOVA), Ok(0xaaaa_0001));
    pt.map(&m, IOVA, Some(b.addr));
    assert_eq!(read_as(&m, DID, IOVA), Ok(0xaaaa_0001));
    assert_eq!(m.cached_translations(), 1);
    // An invalidation of another address leaves it; one of IOVA drops it.
    let other = IOTINVAL_VMA::new()
        .with_AV(true)
        .with_ADDR(IOVA + 0x1000)
        .unwrap();
    assert!(cq.submit(&m, &[other.0]));
    assert_eq!(read_as(&m, DID, IOVA), Ok(0xaaaa_0001));
    let inval = IOTINVAL_VMA::new().with_AV(true).with_ADDR(IOVA).unwrap();
    assert!(cq.submit(&m, &[inval.0]));
    assert_eq!(read_as(&m, DID, IOVA), Ok(0xbbbb_0002));
}

#[test]
fn illegal_command_stops_the_queue_until_cleared() {
    let m = RiscvMock::new();
    let mut cq = Cq::enable(&m, 4);
    let done = m.dma_alloc(64, 8).unwrap();
    assert!(!cq.submit(&m, &[[0x7f, 0]]));
    let csr = read::<cqcsr>(&m);
    assert!(csr.cmd_ill() && csr.cqon());
    let head = read::<cqh>(&m).to_raw() as u32;
    assert_eq!(head, 0);
    // Fixed, cmd_ill cleared: the queue goes on and the fence writes its data.
    let fence = IOFENCE_C::new().with_AV(true).with_ADDR(done.addr).unwrap();
    cq.put(&m, head, fence.with_DATA(0x600d).0);
    write(&m, cqcsr::from_raw(0).with_cqen(true).clear_cmd_ill());
    assert!(!read::<cqcsr>(&m).cmd_ill());
    write(&m, cqt::from_raw(u64::from(cq.tail)));
    assert_eq!(read::<cqh>(&m).to_raw() as u32, cq.tail);
    assert_eq!(m.read_u64(done.addr).map(|v| v as u32), Some(0x600d));
    assert!(cq.submit(&m, &[IODIR_INVAL_DDT::new().0]));
}

#[test]
fn fault_queue_overflow_sets_fqof() {
    let m = RiscvMock::new();
    let fq = Fq::enable(&m, 2);
    let fates: Vec<_> = (0..5)
        .map(|i| m.dma(DID, None, 0x8000_0000 + i * 8, Transfer::Read(4)))
        .map(|d| d.termination().and_then(|t| t.fate))
        .collect();
    assert_eq!(fates[2], Some(EventFate::Recorded { index: 2 }));
    assert_eq!(fates[3..], [Some(EventFate::Overflow); 2]);
    assert!(read::<fqcsr>(&m).fqof());
    assert_eq!(fq.drain(&m).len(), 3);
    // Still dropped until fqof is cleared.
    m.dma(DID, None, 0x8000_0000, Transfer::Read(4));
    assert!(fq.drain(&m).is_empty());
    write(&m, fqcsr::from_raw(0).with_fqen(true).clear_fqof());
    assert!(!read::<fqcsr>(&m).fqof());
    m.dma(DID, None, 0x8000_0000, Transfer::Read(4));
    assert_eq!(fq.drain(&m).len(), 1);
}

#[test]
fn handshakes_take_virtual_time() {
    let m = RiscvMock::new();
    m.set_ack_delay_ns(5_000);
    write(&m, cqcsr::from_raw(0).with_cqen(true));
    assert!(!read::<cqcsr>(&m).cqon());
    poll::<cqcsr>(&m, |c| c.cqon());
    assert!(m.clock_ns() >= 5_000);
}
