//! Test rig: programs the modelled SMMU through the `Hal` impl and the generated types only,
//! as a minimal driver would (queues, stream table, commands, event reads), plus a small
//! builder of VMSAv8-64 4K translation tables from the generated descriptor types.
#![allow(dead_code)]

use std::collections::HashMap;

use iommugen_mock::spec::cmdq::{
    CMDQ_Command, CMD_CFGI_STE, CMD_SYNC, CMD_TLBI_NH_ASID, CMD_TLBI_NH_VA,
};
use iommugen_mock::spec::entries::{CD, STE};
use iommugen_mock::spec::enums::{
    CfgShareability, ComplSignal, PhysAddrSize, PtS1Ap, PtS2Ap, STE_S1Fmt, StreamConfig, StrtabFmt,
    Tg0Granule, WalkCacheability, STE_S1DSS,
};
use iommugen_mock::spec::evtq::EVTQ_Event;
use iommugen_mock::spec::pagetables::{vmsav8_64_stage1 as s1, vmsav8_64_stage2 as s2};
use iommugen_mock::spec::regs::{
    CMDQ_BASE, CMDQ_CONS, CMDQ_PROD, CR0, CR0ACK, EVTQ_BASE, EVTQ_CONS, EVTQ_PROD, STRTAB_BASE,
    STRTAB_BASE_CFG,
};
use iommugen_mock::spec::support::{GranuleInfo, Readable, Writable};
use iommugen_mock::{MockConfig, MockSmmu};
use iommugen_runtime::hal::{Clock, DmaBuf, Hal};

/// Reads register `R` through the HAL.
pub fn read<R: Readable>(hal: &MockSmmu) -> R {
    if R::WIDTH == 64 {
        R::from_raw(hal.mmio_read64(R::OFFSET))
    } else {
        R::from_raw(u64::from(hal.mmio_read32(R::OFFSET)))
    }
}

/// Writes register `R` through the HAL.
pub fn write<R: Writable>(hal: &MockSmmu, v: R) {
    if R::WIDTH == 64 {
        hal.mmio_write64(R::OFFSET, v.to_raw());
    } else {
        hal.mmio_write32(R::OFFSET, v.to_raw() as u32);
    }
}

/// Polls `cond` with `relax()` until it holds or `timeout_ns` of virtual time passes.
pub fn poll(hal: &MockSmmu, timeout_ns: u64, mut cond: impl FnMut() -> bool) -> bool {
    let start = hal.now_ns();
    loop {
        if cond() {
            return true;
        }
        if hal.now_ns() - start > timeout_ns {
            return false;
        }
        hal.relax();
    }
}

pub const CMDQ_LOG2: u8 = 4;
pub const EVTQ_LOG2: u8 = 3;

/// A minimal driver: queues, a linear stream table, and the SMMU enabled.
pub struct Rig {
    pub smmu: MockSmmu,
    pub cmdq: DmaBuf,
    pub evtq: DmaBuf,
    pub strtab: DmaBuf,
    pub cmdq_log2: u8,
    pub evtq_log2: u8,
}

impl Rig {
    /// Queues and a linear stream table of 2^`sid_log2` STEs, CMDQ and EVTQ enabled, SMMUEN
    /// off.
    pub fn queues(cfg: MockConfig, sid_log2: u8, evtq_log2: u8) -> Rig {
        let smmu = MockSmmu::with_config(cfg);
        let cmdq = smmu
            .dma_alloc(16 << CMDQ_LOG2, 16 << CMDQ_LOG2)
            .expect("cmdq");
        let evtq = smmu
            .dma_alloc(32 << evtq_log2, 32 << evtq_log2)
            .expect("evtq");
        let strtab = smmu
            .dma_alloc(64 << sid_log2, 64 << sid_log2)
            .expect("strtab");
        let rig = Rig {
            smmu,
            cmdq,
            evtq,
            strtab,
            cmdq_log2: CMDQ_LOG2,
            evtq_log2,
        };
        let s = &rig.smmu;
        write(
            s,
            CMDQ_BASE::from_bits(0)
                .with_ADDR(cmdq.addr)
                .unwrap()
                .with_LOG2SIZE(CMDQ_LOG2)
                .unwrap(),
        );
        write(s, CMDQ_PROD::from_bits(0));
        write(s, CMDQ_CONS::from_bits(0));
        write(
            s,
            EVTQ_BASE::from_bits(0)
                .with_ADDR(evtq.addr)
                .unwrap()
                .with_LOG2SIZE(evtq_log2)
                .unwrap(),
        );
        write(s, EVTQ_PROD::from_bits(0));
        write(s, EVTQ_CONS::from_bits(0));
        write(s, STRTAB_BASE::from_bits(0).with_ADDR(strtab.addr).unwrap());
        let cfg = STRTAB_BASE_CFG::from_bits(0)
            .with_LOG2SIZE(sid_log2)
            .unwrap()
            .with_FMT(StrtabFmt::Linear);
        write(s, cfg);
        rig.smmu.wmb();
        rig.set_cr0(CR0::from_bits(0).with_CMDQEN(true).with_EVENTQEN(true));
        rig
    }

    /// [`Rig::queues`] with the default configuration, then SMMUEN set.
    pub fn new() -> Rig {
        let rig = Rig::queues(MockConfig::default(), 6, EVTQ_LOG2);
        rig.enable();
        rig
    }

    /// Sets SMMUEN (keeping the queues enabled).
    pub fn enable(&self) {
        self.set_cr0(
            CR0::from_bits(0)
                .with_CMDQEN(true)
                .with_EVENTQEN(true)
                .with_SMMUEN(true),
        );
    }

    /// Writes CR0 and waits for CR0ACK.
    pub fn set_cr0(&self, v: CR0) {
        write(&self.smmu, v);
        assert!(
            poll(&self.smmu, 1_000_000, || v
                .acked_by(read::<CR0ACK>(&self.smmu))),
            "CR0ACK never matched {v:?}"
        );
    }

    /// Writes the STE of `sid` (word by word, in order) and syncs memory.
    pub fn write_ste(&self, sid: u32, ste: &STE) {
        for (i, w) in ste.0.iter().enumerate() {
            self.smmu.dma_write(&self.strtab, sid as usize * 8 + i, *w);
        }
        self.smmu.wmb();
    }

    /// Writes commands at CMDQ_PROD and publishes them (does not wait).
    pub fn push(&self, cmds: &[CMDQ_Command]) {
        let size = 1u32 << self.cmdq_log2;
        let mut prod = read::<CMDQ_PROD>(&self.smmu).WR();
        for c in cmds {
            let words = c.encode();
            let slot = (prod & (size - 1)) as usize;
            self.smmu.dma_write(&self.cmdq, slot * 2, words[0]);
            self.smmu.dma_write(&self.cmdq, slot * 2 + 1, words[1]);
            prod = (prod + 1) & ((size << 1) - 1);
        }
        self.smmu.wmb();
        write(&self.smmu, CMDQ_PROD::from_bits(0).with_WR(prod).unwrap());
    }

    /// Whether CMDQ_CONS has caught up with CMDQ_PROD.
    pub fn drained(&self) -> bool {
        read::<CMDQ_CONS>(&self.smmu).RD() == read::<CMDQ_PROD>(&self.smmu).WR()
    }

    /// Pushes `cmds` and a CMD_SYNC and waits (100 us of virtual time) for consumption.
    pub fn run(&self, cmds: &[CMDQ_Command]) -> bool {
        let mut all = cmds.to_vec();
        all.push(CMDQ_Command::CMD_SYNC(
            CMD_SYNC::new().with_CS(ComplSignal::SIG_NONE),
        ));
        self.push(&all);
        poll(&self.smmu, 100_000, || self.drained())
    }

    pub fn cfgi_ste(&self, sid: u32) {
        assert!(self.run(&[CMDQ_Command::CMD_CFGI_STE(
            CMD_CFGI_STE::new().with_StreamID(sid).with_Leaf(true)
        )]));
    }

    pub fn tlbi_asid(&self, asid: u16) {
        assert!(self.run(&[CMDQ_Command::CMD_TLBI_NH_ASID(
            CMD_TLBI_NH_ASID::new().with_ASID(asid)
        )]));
    }

    pub fn tlbi_va(&self, asid: u16, va: u64, leaf: bool) {
        let c = CMD_TLBI_NH_VA::new()
            .with_ASID(asid)
            .with_Address(va)
            .unwrap()
            .with_Leaf(leaf);
        assert!(self.run(&[CMDQ_Command::CMD_TLBI_NH_VA(c)]));
    }

    /// Consumes every event in the queue (decoded), acknowledging through EVTQ_CONS.
    pub fn events(&self) -> Vec<EVTQ_Event> {
        let size = 1u32 << self.evtq_log2;
        let mut out = Vec::new();
        let prod = read::<EVTQ_PROD>(&self.smmu);
        self.smmu.rmb();
        let mut cons = read::<EVTQ_CONS>(&self.smmu);
        while cons.RD() != prod.WR() {
            let slot = (cons.RD() & (size - 1)) as usize;
            let words: [u64; 4] =
                std::array::from_fn(|i| self.smmu.dma_read(&self.evtq, slot * 4 + i));
            out.push(EVTQ_Event::decode(&words).expect("event decodes"));
            cons = cons.with_RD((cons.RD() + 1) & ((size << 1) - 1)).unwrap();
        }
        write(&self.smmu, cons.with_OVACKFLG(prod.OVFLG()));
        out
    }
}

/// A bypass STE.
pub fn bypass_ste() -> STE {
    STE::new().with_V(true).with_Config(StreamConfig::Bypass)
}

/// A stage 1 STE pointing at a CD (or a CD table of 2^cdmax entries).
pub fn s1_ste(cd_table: u64, cdmax: u8, fmt: STE_S1Fmt, dss: STE_S1DSS) -> STE {
    STE::new()
        .with_V(true)
        .with_Config(StreamConfig::S1Trans)
        .with_S1Fmt(fmt)
        .with_S1ContextPtr(cd_table)
        .unwrap()
        .with_S1CDMax(cdmax)
        .unwrap()
        .with_S1DSS(dss)
}

/// A stage 1 CD: 4K granule, `ia_bits`-bit input addresses, TTB0 only.
pub fn cd(ttb0: u64, asid: u16, ia_bits: u8) -> CD {
    CD::new()
        .with_T0SZ(64 - ia_bits)
        .unwrap()
        .with_TG0(Tg0Granule::Granule4K)
        .with_IR0(WalkCacheability::WriteBackRaWa)
        .with_OR0(WalkCacheability::WriteBackRaWa)
        .with_SH0(CfgShareability::InnerShareable)
        .with_EPD1(true)
        .with_V(true)
        .with_IPS(PhysAddrSize::Bits44)
        .with_AA64(true)
        .with_R(true)
        .with_A(true)
        .with_ASET(true)
        .with_ASID(asid)
        .with_TTB0(ttb0)
        .unwrap()
        .with_MAIR0(0xff)
}

/// Writes a 64-byte entry into `buf` at entry `index`.
pub fn write_entry(hal: &MockSmmu, buf: &DmaBuf, index: usize, words: &[u64; 8]) {
    for (i, w) in words.iter().enumerate() {
        hal.dma_write(buf, index * 8 + i, *w);
    }
    hal.wmb();
}

/// Which translation table format a [`Pt`] builds.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Stage {
    S1,
    S2,
}

/// A 4K-granule translation table built in DMA memory with the generated descriptor types.
pub struct Pt {
    pub stage: Stage,
    pub root: DmaBuf,
    pub ia_bits: u32,
    tables: HashMap<u64, DmaBuf>,
    granule: &'static GranuleInfo,
}

impl Pt {
    pub fn new(hal: &MockSmmu, stage: Stage, ia_bits: u32) -> Pt {
        let granule = match stage {
            Stage::S1 => &s1::GRANULE_4K,
            Stage::S2 => &s2::GRANULE_4K,
        };
        let root = hal.dma_alloc(4096, 4096).expect("root table");
        let mut tables = HashMap::new();
        tables.insert(root.addr, root);
        Pt {
            stage,
            root,
            ia_bits,
            tables,
            granule,
        }
    }

    fn levels(&self) -> impl Iterator<Item = &'static iommugen_mock::spec::support::LevelInfo> {
        let ia = self.ia_bits;
        self.granule.levels.iter().filter(move |l| l.index_lsb < ia)
    }

    fn index(&self, l: &iommugen_mock::spec::support::LevelInfo, iova: u64) -> usize {
        let bits = l.index_msb.min(self.ia_bits - 1) - l.index_lsb + 1;
        ((iova >> l.index_lsb) & ((1 << bits) - 1)) as usize
    }

    /// The physical address of the leaf descriptor for `iova`, creating tables on the way.
    pub fn leaf_slot(&mut self, hal: &MockSmmu, iova: u64) -> u64 {
        let mut table = self.root;
        let levels: Vec<_> = self.levels().collect();
        for l in &levels[..levels.len() - 1] {
            let idx = self.index(l, iova);
            let raw = hal.dma_read(&table, idx);
            let next = if raw & 3 == 3 {
                s1::Table(raw).NLTA()
            } else {
                let t = hal.dma_alloc(4096, 4096).expect("table");
                self.tables.insert(t.addr, t);
                let d = match self.stage {
                    Stage::S1 => s1::Table::new().with_NLTA(t.addr).unwrap().0,
                    Stage::S2 => s2::Table::new().with_NLTA(t.addr).unwrap().0,
                };
                hal.dma_write(&table, idx, d);
                t.addr
            };
            table = self.tables[&next];
        }
        let last = levels[levels.len() - 1];
        table.word_addr(self.index(last, iova))
    }

    /// Writes a raw leaf descriptor for `iova`.
    pub fn set_leaf(&mut self, hal: &MockSmmu, iova: u64, raw: u64) -> u64 {
        let slot = self.leaf_slot(hal, iova);
        let table = self.tables[&(slot & !0xfff)];
        hal.dma_write(&table, ((slot & 0xfff) / 8) as usize, raw);
        hal.wmb();
        slot
    }

    /// Maps the 4K page at `iova` to `pa`: stage 1 with `ap`, AF set.
    pub fn map(&mut self, hal: &MockSmmu, iova: u64, pa: u64, ap: PtS1Ap) -> u64 {
        let d = s1::Page::new()
            .with_OA(pa)
            .unwrap()
            .with_AF(true)
            .with_AP(ap)
            .with_nG(true)
            .0;
        self.set_leaf(hal, iova, d)
    }

    /// Maps the 4K page at `ipa` to `pa` at stage 2 with `s2ap`, AF set.
    pub fn map_s2(&mut self, hal: &MockSmmu, ipa: u64, pa: u64, s2ap: PtS2Ap) -> u64 {
        let d = s2::Page::new()
            .with_OA(pa)
            .unwrap()
            .with_AF(true)
            .with_S2AP(s2ap)
            .0;
        self.set_leaf(hal, ipa, d)
    }
}

/// A DMA buffer filled with `pattern`.
pub fn data_page(hal: &MockSmmu, pattern: u8) -> DmaBuf {
    let b = hal.dma_alloc(4096, 4096).expect("data page");
    let word = u64::from_le_bytes([pattern; 8]);
    for i in 0..b.words() {
        hal.dma_write(&b, i, word);
    }
    hal.wmb();
    b
}
