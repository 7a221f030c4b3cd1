//! The tests: each brings the IOMMU to a known state (ddtp Off, queues off), then programs it
//! through the generated registers and entries and moves real data with the edu device. The
//! edu device copies 64 bytes from a source page into its buffer and back out to a destination
//! page; whether the destination then holds the source's pattern tells whether both DMAs got
//! through (and where translation sent them).

use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;

use crate::edu::Edu;
use crate::hal::DmaPage;
use crate::iommu::{CommandQueue, FaultQueue, Iommu};
use crate::println;
use crate::runner::{Outcome, Test, TestResult};
use crate::spec::cq::{IodirInvalDdt, IofenceC, IotinvalVma};
use crate::spec::entries::{Dc, Ddte};
use crate::spec::enums::{DcFscMode, FaultCause, IohgatpMode, IommuMode};
use crate::spec::fq::Fault;
use crate::spec::pagetables::{sv39, sv39x4};
use crate::spec::regs::{Capabilities, Cqcsr, Cqh, Ddtp, Fqcsr};
use crate::spec::support::Register;

macro_rules! ensure {
    ($cond:expr, $($arg:tt)+) => {
        if !$cond {
            return Err(format!($($arg)+));
        }
    };
}

fn pass() -> TestResult {
    Ok(Outcome::Pass)
}

/// Bytes each round trip moves.
const LEN: u64 = 64;
/// What a destination holds before a round trip.
const SENTINEL: u64 = 0x5e5e_5e5e_5e5e_5e5e;
/// An IOVA outside RAM, for translated round trips.
const IOVA: u64 = 0x7_1234_5000;

/// What the tests share: the IOMMU and the edu device.
pub struct Ctx {
    iommu: Iommu,
    edu: Edu,
    /// The edu device at 00:1f.0, if the command line put one there.
    second: Option<Edu>,
}

impl Ctx {
    /// Finds the IOMMU and the edu device.
    pub fn new() -> Result<Ctx, String> {
        let iommu = Iommu::probe()?;
        let mut edus = Edu::probe_all()?;
        let edu = edus.remove(0);
        let second = edus.into_iter().find(|e| e.sid == 0xf8);
        let f = iommu.function;
        println!(
            "# riscv-iommu at {:02x}:{:02x}.{}, capabilities {:#x}; edu at {:02x}:{:02x}.{}, device_id {:#x}",
            f.bus,
            f.dev,
            f.func,
            iommu.read::<Capabilities>().to_raw(),
            edu.function.bus,
            edu.function.dev,
            edu.function.func,
            edu.sid
        );
        Ok(Ctx { iommu, edu, second })
    }

    /// ddtp back to Off.
    fn reset(&self) -> Result<(), String> {
        self.iommu
            .set_ddtp(Ddtp::from_raw(0).with_iommu_mode(IommuMode::Off))
            .map(|_| ())
    }

    /// edu copies `src` (a device address) into its buffer, then out to `dst`; returns what
    /// the page at `out` (the CPU's view of `dst`) holds afterwards.
    fn round_trip(&mut self, src: u64, dst: u64, out: &DmaPage) -> Result<u64, String> {
        out.write(0, SENTINEL);
        self.edu.read_from(src, 0, LEN)?;
        self.edu.write_to(0, dst, LEN)?;
        Ok(out.read(0))
    }
}

/// A source page holding `pattern` and a destination page.
fn pages(pattern: u64) -> Result<(DmaPage, DmaPage), String> {
    let src = DmaPage::alloc(4096, 4096)?;
    for i in 0..LEN as usize / 8 {
        src.write(i, pattern);
    }
    Ok((src, DmaPage::alloc(4096, 4096)?))
}

/// A device directory of `levels` levels (extended 64-byte contexts: device_id bits [5:0]
/// index the leaf table, [14:6] and [23:15] the non-leaf ones) with `dc` at `device_id`, and
/// the ddtp value that selects it. Every table is one page.
struct Ddt {
    pages: Vec<DmaPage>,
    leaf: DmaPage,
    index: usize,
    ddtp: Ddtp,
}

impl Ddt {
    fn new(levels: u32, device_id: u32, dc: Dc) -> Result<Ddt, String> {
        let bits = 6 + 9 * (levels - 1);
        ensure!(
            device_id >> bits == 0,
            "device_id {device_id:#x} is beyond a {levels}-level DDT ({bits} bits)"
        );
        let mode = match levels {
            1 => IommuMode::Lvl1,
            2 => IommuMode::Lvl2,
            _ => IommuMode::Lvl3,
        };
        let root = DmaPage::alloc(4096, 4096)?;
        let mut pages = Vec::new();
        let mut table = root;
        for level in (1..levels).rev() {
            let next = DmaPage::alloc(4096, 4096)?;
            let i = ((device_id >> (6 + 9 * (level - 1))) & 0x1ff) as usize;
            let ddte = Ddte::new()
                .with_v(true)
                .with_ppn(next.addr)
                .map_err(|e| format!("DDTE: {e:?}"))?;
            table.write(i, ddte.0[0]);
            pages.push(table);
            table = next;
        }
        let index = (device_id & 0x3f) as usize * Dc::WORDS;
        for (i, w) in dc.0.iter().enumerate() {
            table.write(index + i, *w);
        }
        let ddtp = Ddtp::from_raw(0)
            .with_iommu_mode(mode)
            .with_ppn(root.addr)
            .map_err(|e| format!("ddtp: {e:?}"))?;
        Ok(Ddt {
            pages,
            leaf: table,
            index,
            ddtp,
        })
    }

    /// Rewrites the device's context.
    fn set(&self, dc: Dc) {
        for (i, w) in dc.0.iter().enumerate() {
            self.leaf.write(self.index + i, *w);
        }
    }

    fn free(self) {
        for p in self.pages {
            p.free();
        }
        self.leaf.free();
    }
}

/// A device context with no translation at either stage.
const fn bare_dc() -> Dc {
    Dc::new()
        .with_v(true)
        .with_fsc_mode(DcFscMode::Bare)
        .with_iohgatp_mode(IohgatpMode::Bare)
}

/// The fault records grouped by cause, type and device_id: how many, and the first iotval.
fn show(faults: &[Fault]) -> String {
    let mut seen: Vec<(String, usize, u64)> = Vec::new();
    for f in faults {
        let k = format!(
            "{:?} (ttyp {:?}, device_id {:#x})",
            f.cause(),
            f.ttyp(),
            f.did()
        );
        match seen.iter_mut().find(|(s, _, _)| *s == k) {
            Some((_, n, _)) => *n += 1,
            None => seen.push((k, 1, f.iotval())),
        }
    }
    let v: Vec<String> = seen
        .iter()
        .map(|(k, n, t)| format!("{n} x {k}, first iotval {t:#x}"))
        .collect();
    if v.is_empty() {
        "no fault records".into()
    } else {
        v.join("; ")
    }
}

fn probe_capabilities(ctx: &mut Ctx) -> TestResult {
    let c = ctx.iommu.read::<Capabilities>();
    println!(
        "#   capabilities {:#x}: version {:#x}; Sv32/39/48/57 {}/{}/{}/{}; Sv32x4/39x4/48x4/57x4 {}/{}/{}/{}; Svpbmt {}; MSI_FLAT {} MSI_MRIF {} AMO_MRIF {} AMO_HWAD {}; ATS {} T2GPA {} END {} IGS {} HPM {} DBG {}; PAS {}; PD8/17/20 {}/{}/{}",
        c.to_raw(),
        c.version(),
        c.sv32(),
        c.sv39(),
        c.sv48(),
        c.sv57(),
        c.sv32x4(),
        c.sv39x4(),
        c.sv48x4(),
        c.sv57x4(),
        c.svpbmt(),
        c.msi_flat(),
        c.msi_mrif(),
        c.amo_mrif(),
        c.amo_hwad(),
        c.ats(),
        c.t2gpa(),
        c.end(),
        c.igs_bits(),
        c.hpm(),
        c.dbg(),
        c.pas(),
        c.pd8(),
        c.pd17(),
        c.pd20()
    );
    ensure!(
        c.version() == 0x10,
        "version {:#x}, expected 0x10 (1.0)",
        c.version()
    );
    ensure!(c.sv39() && c.sv39x4(), "Sv39 or Sv39x4 missing");
    ensure!(
        c.msi_flat(),
        "MSI_FLAT = 0: the tests build extended (64-byte) device contexts"
    );
    pass()
}

/// At reset (QEMU's `off` property) the IOMMU is Off: DMA is refused, with fault records of
/// cause 256 (all inbound transactions disallowed) naming edu's device_id.
fn off_blocks_dma(ctx: &mut Ctx) -> TestResult {
    let mode = ctx.iommu.read::<Ddtp>().iommu_mode();
    ensure!(
        mode == Ok(IommuMode::Off),
        "ddtp mode at reset {mode:?}, expected Off"
    );
    let fq = FaultQueue::enable(&ctx.iommu, 4)?;
    let (src, dst) = pages(0x0ff0_0ff0)?;
    let got = ctx.round_trip(src.addr, dst.addr, &dst)?;
    let faults = fq.drain(&ctx.iommu);
    fq.disable(&ctx.iommu)?;
    src.free();
    dst.free();
    ensure!(
        got == SENTINEL,
        "DMA got through with the IOMMU Off ({got:#x})"
    );
    ensure!(
        faults
            .iter()
            .any(|f| f.cause() == Ok(FaultCause::AllInboundDisallowed) && f.did() == ctx.edu.sid),
        "no fault with cause 256 for device_id {:#x}: {}",
        ctx.edu.sid,
        show(&faults)
    );
    println!("#   {}", show(&faults));
    pass()
}

/// Bare mode: DMA passes untranslated.
fn bare_passes_dma(ctx: &mut Ctx) -> TestResult {
    ctx.iommu
        .set_ddtp(Ddtp::from_raw(0).with_iommu_mode(IommuMode::Bare))?;
    let (src, dst) = pages(0xba4e_ba4e)?;
    let got = ctx.round_trip(src.addr, dst.addr, &dst)?;
    ctx.reset()?;
    src.free();
    dst.free();
    ensure!(got == 0xba4e_ba4e, "bare mode: destination holds {got:#x}");
    pass()
}

/// A one-level DDT whose context for edu has no translation at either stage passes DMA; an
/// invalid context (V = 0), after IODIR.INVAL_DDT, refuses it with cause 258 (DDT entry not
/// valid). Without the invalidation the IOMMU may keep using the valid context it cached.
fn ddt_valid_and_invalid(ctx: &mut Ctx) -> TestResult {
    let ddt = Ddt::new(1, ctx.edu.sid, bare_dc())?;
    ctx.iommu.set_ddtp(ddt.ddtp)?;
    let mut cq = CommandQueue::enable(&ctx.iommu, 4)?;
    let fq = FaultQueue::enable(&ctx.iommu, 4)?;
    cq.submit(&ctx.iommu, &[IodirInvalDdt::new().0])?;
    let (src, dst) = pages(0xdc0_0dc0)?;
    let passed = ctx.round_trip(src.addr, dst.addr, &dst)?;
    // The context goes invalid; the IOMMU is told.
    ddt.set(Dc::new());
    let inval = IodirInvalDdt::new()
        .with_dv(true)
        .with_did(ctx.edu.sid)
        .map_err(|e| format!("IODIR.INVAL_DDT: {e:?}"))?;
    cq.submit(&ctx.iommu, &[inval.0])?;
    let blocked = ctx.round_trip(src.addr, dst.addr, &dst)?;
    let faults = fq.drain(&ctx.iommu);
    ctx.reset()?;
    cq.disable(&ctx.iommu)?;
    fq.disable(&ctx.iommu)?;
    src.free();
    dst.free();
    ddt.free();
    ensure!(
        passed == 0xdc0_0dc0,
        "valid context: destination holds {passed:#x}"
    );
    ensure!(
        blocked == SENTINEL,
        "invalid context: DMA got through ({blocked:#x})"
    );
    ensure!(
        faults
            .iter()
            .any(|f| f.cause() == Ok(FaultCause::DdtEntryNotValid) && f.did() == ctx.edu.sid),
        "no fault with cause 258 for device_id {:#x}: {}",
        ctx.edu.sid,
        show(&faults)
    );
    println!("#   {}", show(&faults));
    pass()
}

/// A three-level translation table (Sv39, or Sv39x4 with its 16 KiB root) in DMA memory,
/// descriptors built by the generated types: `pointer` makes a non-leaf descriptor to a table,
/// `leaf` a 4 KiB leaf to a page.
struct Tables {
    root: DmaPage,
    /// Index bits of the root level (9, or 11 for the x4 formats).
    root_bits: u32,
    tables: Vec<(u64, DmaPage)>,
    pointer: fn(u64) -> Result<u64, String>,
    leaf: fn(u64) -> Result<u64, String>,
}

impl Tables {
    fn sv39() -> Result<Tables, String> {
        Ok(Tables {
            root: DmaPage::alloc(4096, 4096)?,
            root_bits: 9,
            tables: Vec::new(),
            pointer: |next| {
                sv39::Pointer::new()
                    .with_v(true)
                    .with_ppn(next)
                    .map(|p| p.0)
                    .map_err(|e| format!("Sv39 pointer: {e:?}"))
            },
            leaf: |page| {
                sv39::Leaf::new()
                    .with_v(true)
                    .with_r(true)
                    .with_w(true)
                    .with_a(true)
                    .with_d(true)
                    .with_ppn(page)
                    .map(|l| l.0)
                    .map_err(|e| format!("Sv39 leaf: {e:?}"))
            },
        })
    }

    /// G-stage Sv39x4: leaves are user (U = 1), as the G-stage requires.
    fn sv39x4() -> Result<Tables, String> {
        Ok(Tables {
            root: DmaPage::alloc(16384, 16384)?,
            root_bits: 11,
            tables: Vec::new(),
            pointer: |next| {
                sv39x4::Pointer::new()
                    .with_v(true)
                    .with_ppn(next)
                    .map(|p| p.0)
                    .map_err(|e| format!("Sv39x4 pointer: {e:?}"))
            },
            leaf: |page| {
                sv39x4::Leaf::new()
                    .with_v(true)
                    .with_r(true)
                    .with_w(true)
                    .with_u(true)
                    .with_a(true)
                    .with_d(true)
                    .with_ppn(page)
                    .map(|l| l.0)
                    .map_err(|e| format!("Sv39x4 leaf: {e:?}"))
            },
        })
    }

    /// Maps the 4 KiB page at `iova` to `pa` (`None`: unmaps it).
    fn map(&mut self, iova: u64, pa: Option<u64>) -> Result<(), String> {
        let index = |level: u32| {
            let bits = if level == 2 { self.root_bits } else { 9 };
            ((iova >> (12 + 9 * level)) & ((1 << bits) - 1)) as usize
        };
        let mut table = self.root;
        for level in [2u32, 1] {
            let key = (iova >> (12 + 9 * level)) << 2 | u64::from(level);
            let next = match self.tables.iter().find(|(k, _)| *k == key) {
                Some((_, t)) => *t,
                None => {
                    let t = DmaPage::alloc(4096, 4096)?;
                    table.write(index(level), (self.pointer)(t.addr)?);
                    self.tables.push((key, t));
                    t
                }
            };
            table = next;
        }
        table.write(
            index(0),
            match pa {
                Some(pa) => (self.leaf)(pa)?,
                None => 0,
            },
        );
        crate::hal::dsb_sy();
        Ok(())
    }

    fn free(self) {
        for (_, t) in self.tables {
            t.free();
        }
        self.root.free();
    }
}

/// First-stage Sv39: IOVA and IOVA + 4K map the source and destination pages; edu reads and
/// writes through the table. An IOVA without a leaf faults with cause 13 (read page fault),
/// the IOVA in iotval.
fn sv39_translates(ctx: &mut Ctx) -> TestResult {
    let (src, dst) = pages(0x5e39_5e39)?;
    let mut pt = Tables::sv39()?;
    pt.map(IOVA, Some(src.addr))?;
    pt.map(IOVA + 0x1000, Some(dst.addr))?;
    let dc = bare_dc()
        .with_fsc_mode(DcFscMode::Sv39)
        .with_fsc_ppn(pt.root.addr)
        .map_err(|e| format!("DC: {e:?}"))?;
    let ddt = Ddt::new(1, ctx.edu.sid, dc)?;
    ctx.iommu.set_ddtp(ddt.ddtp)?;
    let mut cq = CommandQueue::enable(&ctx.iommu, 4)?;
    let fq = FaultQueue::enable(&ctx.iommu, 6)?;
    cq.submit(&ctx.iommu, &[IodirInvalDdt::new().0])?;
    let got = ctx.round_trip(IOVA, IOVA + 0x1000, &dst)?;
    let unmapped = IOVA + 0x10_0000;
    let missed = ctx.round_trip(unmapped, IOVA + 0x1000, &dst)?;
    let faults = fq.drain(&ctx.iommu);
    ctx.reset()?;
    cq.disable(&ctx.iommu)?;
    fq.disable(&ctx.iommu)?;
    for p in [src, dst] {
        p.free();
    }
    pt.free();
    ddt.free();
    ensure!(got == 0x5e39_5e39, "Sv39: destination holds {got:#x}");
    ensure!(
        missed == 0,
        "a read of an unmapped IOVA copied {missed:#x} (expected the buffer's zeroes... or nothing)"
    );
    ensure!(
        faults
            .iter()
            .any(|f| f.cause() == Ok(FaultCause::ReadPageFault)
                && f.did() == ctx.edu.sid
                && f.iotval() == unmapped),
        "no read page fault at {unmapped:#x} for device_id {:#x}: {}",
        ctx.edu.sid,
        show(&faults)
    );
    println!("#   unmapped IOVA: {}", show(&faults));
    pass()
}

/// G-stage Sv39x4 alone (first stage Bare): guest-physical IOVA and IOVA + 4K map the pages.
fn gstage_sv39x4_translates(ctx: &mut Ctx) -> TestResult {
    let (src, dst) = pages(0x6539_6539)?;
    let mut pt = Tables::sv39x4()?;
    pt.map(IOVA, Some(src.addr))?;
    pt.map(IOVA + 0x1000, Some(dst.addr))?;
    let dc = bare_dc()
        .with_iohgatp_mode(IohgatpMode::Sv39x4)
        .with_iohgatp_gscid(1)
        .with_iohgatp_ppn(pt.root.addr)
        .map_err(|e| format!("DC: {e:?}"))?;
    let ddt = Ddt::new(1, ctx.edu.sid, dc)?;
    ctx.iommu.set_ddtp(ddt.ddtp)?;
    let mut cq = CommandQueue::enable(&ctx.iommu, 4)?;
    cq.submit(&ctx.iommu, &[IodirInvalDdt::new().0])?;
    let got = ctx.round_trip(IOVA, IOVA + 0x1000, &dst)?;
    ctx.reset()?;
    cq.disable(&ctx.iommu)?;
    for p in [src, dst] {
        p.free();
    }
    pt.free();
    ddt.free();
    ensure!(got == 0x6539_6539, "Sv39x4: destination holds {got:#x}");
    pass()
}

/// A leaf retargeted behind the IOMMU's back: the next DMA still uses the cached translation;
/// after IOTINVAL.VMA for the address (and IOFENCE.C) it uses the new one.
fn stale_until_iotinval(ctx: &mut Ctx) -> TestResult {
    let (a, dst) = pages(0xaaaa_0001)?;
    let (b, spare) = pages(0xbbbb_0002)?;
    let mut pt = Tables::sv39()?;
    pt.map(IOVA, Some(a.addr))?;
    pt.map(IOVA + 0x1000, Some(dst.addr))?;
    let dc = bare_dc()
        .with_fsc_mode(DcFscMode::Sv39)
        .with_fsc_ppn(pt.root.addr)
        .map_err(|e| format!("DC: {e:?}"))?;
    let ddt = Ddt::new(1, ctx.edu.sid, dc)?;
    ctx.iommu.set_ddtp(ddt.ddtp)?;
    let mut cq = CommandQueue::enable(&ctx.iommu, 4)?;
    cq.submit(&ctx.iommu, &[IodirInvalDdt::new().0])?;
    let first = ctx.round_trip(IOVA, IOVA + 0x1000, &dst)?;
    pt.map(IOVA, Some(b.addr))?;
    let before = ctx.round_trip(IOVA, IOVA + 0x1000, &dst)?;
    let inval = IotinvalVma::new()
        .with_av(true)
        .with_addr(IOVA)
        .map_err(|e| format!("IOTINVAL.VMA: {e:?}"))?;
    cq.submit(&ctx.iommu, &[inval.0])?;
    let after = ctx.round_trip(IOVA, IOVA + 0x1000, &dst)?;
    ctx.reset()?;
    cq.disable(&ctx.iommu)?;
    for p in [a, b, dst, spare] {
        p.free();
    }
    pt.free();
    ddt.free();
    ensure!(first == 0xaaaa_0001, "first DMA: {first:#x}");
    ensure!(
        after == 0xbbbb_0002,
        "after IOTINVAL.VMA the old page is still used ({after:#x})"
    );
    ensure!(
        before == 0xaaaa_0001,
        "without IOTINVAL.VMA the IOMMU used the new leaf at once ({before:#x}): this QEMU caches no translation, so a missing invalidation cannot be shown"
    );
    println!("#   retargeted leaf: the old page until IOTINVAL.VMA, the new one after");
    pass()
}

/// A command with a reserved opcode stops the queue with cqcsr.cmd_ill; once software fixes
/// the command at cqh and clears cmd_ill, the queue goes on (QEMU resumes it at the next cqt
/// write).
fn illegal_command_recovers(ctx: &mut Ctx) -> TestResult {
    let mut cq = CommandQueue::enable(&ctx.iommu, 4)?;
    let bad = [0x7fu64, 0];
    let err = cq.submit(&ctx.iommu, &[bad]);
    let csr = ctx.iommu.read::<Cqcsr>();
    let head = ctx.iommu.read::<Cqh>().to_raw() as u32;
    cq.replace(head, IofenceC::new().0);
    ctx.iommu
        .write(Cqcsr::from_raw(0).with_cqen(true).clear_cmd_ill());
    let resumed = cq.resume(&ctx.iommu);
    let after = cq.submit(&ctx.iommu, &[IodirInvalDdt::new().0]);
    cq.disable(&ctx.iommu)?;
    ensure!(err.is_err(), "a reserved opcode completed");
    ensure!(csr.cmd_ill(), "cqcsr {:#x}: cmd_ill not set", csr.to_raw());
    resumed?;
    after?;
    println!("#   cmd_ill at cqh {head}; fixed and cleared, the queue went on");
    pass()
}

/// Two- and three-level DDTs: the context of the edu device at 00:1f.0 (device_id 0xf8, so
/// index 3 at the first non-leaf level) passes DMA with each.
fn ddt_two_and_three_levels(ctx: &mut Ctx) -> TestResult {
    let id = match ctx.second.as_ref() {
        Some(e) => e.sid,
        None => return Err("no edu device at 00:1f.0: `cargo xtask qemu` adds one".into()),
    };
    ensure!(
        id == 0xf8,
        "the second edu device has device_id {id:#x}, expected 0xf8"
    );
    for levels in [2, 3] {
        let ddt = Ddt::new(levels, id, bare_dc())?;
        ctx.iommu.set_ddtp(ddt.ddtp)?;
        let mut cq = CommandQueue::enable(&ctx.iommu, 4)?;
        cq.submit(&ctx.iommu, &[IodirInvalDdt::new().0])?;
        let pattern = 0xd1d0_0000 | u64::from(levels);
        let (src, dst) = pages(pattern)?;
        dst.write(0, SENTINEL);
        let edu = ctx.second.as_mut().ok_or("second edu device")?;
        edu.read_from(src.addr, 0, LEN)?;
        edu.write_to(0, dst.addr, LEN)?;
        let got = dst.read(0);
        ctx.reset()?;
        cq.disable(&ctx.iommu)?;
        src.free();
        dst.free();
        ddt.free();
        ensure!(
            got == pattern,
            "{levels}-level DDT: destination holds {got:#x}"
        );
    }
    pass()
}

/// More faults than the fault queue holds: fqcsr.fqof is set and later faults are dropped;
/// once software drains the queue and clears fqof, faults are recorded again.
fn fault_queue_overflow(ctx: &mut Ctx) -> TestResult {
    let fq = FaultQueue::enable(&ctx.iommu, 2)?;
    let (src, dst) = pages(0x0f0f_0f0f)?;
    // Off: every 4-byte access of the DMA faults, 16 of them for 4 records.
    ctx.round_trip(src.addr, dst.addr, &dst)?;
    let csr = ctx.iommu.read::<Fqcsr>();
    let first = fq.drain(&ctx.iommu);
    ctx.iommu
        .write(Fqcsr::from_raw(0).with_fqen(true).clear_fqof());
    let cleared = ctx.iommu.read::<Fqcsr>();
    ctx.round_trip(src.addr, dst.addr, &dst)?;
    let second = fq.drain(&ctx.iommu);
    fq.disable(&ctx.iommu)?;
    src.free();
    dst.free();
    ensure!(
        csr.fqof(),
        "fqcsr {:#x}: no overflow after 16 faults into 4 records",
        csr.to_raw()
    );
    ensure!(
        first.len() == 3,
        "{} records read from a 4-record queue (3 fit)",
        first.len()
    );
    ensure!(!cleared.fqof(), "fqof still set after clearing");
    ensure!(
        !second.is_empty(),
        "no fault recorded after the overflow was cleared"
    );
    println!(
        "#   overflow: {} records kept, fqof set; after clearing it: {} more",
        first.len(),
        second.len()
    );
    pass()
}

/// Every test, in order.
pub const ALL: &[Test<Ctx>] = &[
    Test {
        name: "probe_capabilities",
        run: probe_capabilities,
    },
    Test {
        name: "off_blocks_dma",
        run: off_blocks_dma,
    },
    Test {
        name: "bare_passes_dma",
        run: bare_passes_dma,
    },
    Test {
        name: "ddt_valid_and_invalid",
        run: ddt_valid_and_invalid,
    },
    Test {
        name: "ddt_two_and_three_levels",
        run: ddt_two_and_three_levels,
    },
    Test {
        name: "sv39_translates",
        run: sv39_translates,
    },
    Test {
        name: "gstage_sv39x4_translates",
        run: gstage_sv39x4_translates,
    },
    Test {
        name: "stale_until_iotinval",
        run: stale_until_iotinval,
    },
    Test {
        name: "illegal_command_recovers",
        run: illegal_command_recovers,
    },
    Test {
        name: "fault_queue_overflow",
        run: fault_queue_overflow,
    },
];
