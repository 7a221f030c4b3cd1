//! The driver runtime on the userspace mock, as a conformance harness: each universe device is a
//! StreamID, each allocation of a universe domain a new runtime domain that maps the probe
//! address to a page of its own, so the page a DMA lands in tells which domain translated it
//! (and a page of a freed domain shows a stale translation).
//!
//! StreamIDs come from the stream table's layout ([`MockHarness::geometry`]): the first and last
//! entry of a level-2 table, both halves of it, a second level-1 range, and the largest StreamID
//! the configuration allows.
//!
//! The fingerprint (what the suite merges histories on) is what the runtime has written and what
//! the SMMU holds, for the universe's StreamIDs and SubstreamIDs: the STE in memory (or that its
//! level-2 table does not exist), every CD of the CD table the driver keeps for the device,
//! whether or not the STE points at it (read as the SMMU would fetch it), the configuration
//! cache, the IOTLB and walk cache, and the ASID of each allocated domain. Addresses are renamed
//! by first appearance, and output addresses by the domain whose page they are (current or
//! freed). Not in it: the runtime's private counters (domain users, the next domain handle),
//! which the unmerged search and the random walks exercise.

use std::collections::HashMap;
use std::format;
use std::string::{String, ToString};
use std::vec::Vec;

use iommugen_mock::{MockSmmu, Outcome as DmaOutcome, Transfer};
use iommugen_runtime::hal::Hal;
use iommugen_runtime::smmuv3::domain::{DomainId, RW};
use iommugen_runtime::smmuv3::smmu::{Config, Smmu};
use iommugen_runtime::smmuv3::spec::entries::{CD, STE};
use iommugen_runtime::smmuv3::strtab::SPLIT;

use crate::harness::{Answer, Harness, NotApplicable};
use crate::model::{Domain, Op, Outcome};
use crate::runtime;
use crate::universe::Universe;

/// The address every probe DMA uses (inside the mock's RAM, so bypass reaches memory).
pub const PROBE_IOVA: u64 = 0x5000_0000;
/// StreamID of universe device 0 in [`MockHarness::neighbours`]; device `i` is
/// `FIRST_SID + i`.
pub const FIRST_SID: u32 = 0x10;

/// One allocation of a universe domain.
struct Instance {
    domain: Domain,
    id: DomainId,
    page: u64,
    /// Freed (its page identifies stale translations).
    freed: bool,
}

/// The runtime on the mock.
pub struct MockHarness {
    config: Config,
    sids: Vec<u32>,
    smmu: Option<Smmu<MockSmmu>>,
    instances: Vec<Instance>,
}

impl MockHarness {
    /// The correct runtime, devices at the StreamIDs of [`MockHarness::geometry`].
    pub fn new() -> Self {
        Self::with_config(Config::default())
    }

    /// The runtime with a mutant of the semantics (cargo feature `planted`, tests only).
    #[cfg(feature = "planted")]
    pub fn with_mutation(mutation: iommugen_runtime::smmuv3::planted::Mutation) -> Self {
        Self::with_config(Config {
            mutation,
            ..Config::default()
        })
    }

    /// The runtime brought up with `config`, devices at the StreamIDs of
    /// [`MockHarness::geometry`].
    pub fn with_config(config: Config) -> Self {
        MockHarness {
            config,
            sids: Self::geometry(config.sid_bits),
            smmu: None,
            instances: Vec::new(),
        }
    }

    /// StreamIDs chosen from the stream table's layout for `sid_bits` (a two-level table with
    /// level-2 tables of 2^SPLIT STEs): the last entry of the first level-2 table (upper
    /// half), the first entry of the second level-1 range, the first entry of the first
    /// table, the last entry of its lower half, the largest StreamID, and the first of the
    /// upper half. A universe of `n` devices uses the first `n`.
    pub fn geometry(sid_bits: u32) -> Vec<u32> {
        let l2 = 1u32 << SPLIT;
        let max = if sid_bits >= 32 {
            u32::MAX
        } else {
            (1u32 << sid_bits) - 1
        };
        let mut v = std::vec![l2 - 1, l2, 0, l2 / 2 - 1, max, l2 / 2];
        v.retain(|s| *s <= max);
        v.dedup();
        v
    }

    /// Devices at neighbouring StreamIDs from [`FIRST_SID`] (the former universe).
    pub fn neighbours(mut self) -> Self {
        self.sids = (0..8).map(|i| FIRST_SID + i).collect();
        self
    }

    /// Devices at these StreamIDs.
    pub fn with_sids(mut self, sids: Vec<u32>) -> Self {
        self.sids = sids;
        self
    }

    /// The StreamID of each device.
    pub fn sids(&self) -> &[u32] {
        &self.sids
    }

    fn sid(&self, dev: usize) -> Result<u32, String> {
        self.sids
            .get(dev)
            .copied()
            .ok_or_else(|| format!("no StreamID for device {dev}"))
    }

    /// A new runtime domain for `d`, mapping the probe address to a page of its own.
    fn alloc(&mut self, d: Domain) -> Result<(), String> {
        let smmu = self.smmu.as_mut().ok_or("not reset")?;
        let id = runtime::alloc(smmu, d).map_err(|e| e.to_string())?;
        let page = smmu
            .hal
            .dma_alloc(4096, 4096)
            .map_err(|e| e.to_string())?
            .addr;
        smmu.map(id, PROBE_IOVA, page, 4096, RW)
            .map_err(|e| e.to_string())?;
        self.instances.push(Instance {
            domain: d,
            id,
            page,
            freed: false,
        });
        Ok(())
    }

    fn live(&self, d: Domain) -> Option<&Instance> {
        self.instances.iter().find(|i| i.domain == d && !i.freed)
    }
}

impl Default for MockHarness {
    fn default() -> Self {
        Self::new()
    }
}

/// Renames addresses by first appearance.
#[derive(Default)]
struct Renamer(HashMap<u64, u64>);

impl Renamer {
    fn name(&mut self, addr: u64) -> u64 {
        if addr == 0 {
            return 0;
        }
        let n = self.0.len() as u64 + 1;
        *self.0.entry(addr).or_insert(n)
    }

    fn ste(&mut self, out: &mut Vec<u64>, ste: &STE) {
        let ptr = ste.S1ContextPtr();
        let bare = ste.with_S1ContextPtr(0).unwrap_or(*ste);
        out.extend_from_slice(&bare.0);
        out.push(self.name(ptr));
    }

    fn cd(&mut self, out: &mut Vec<u64>, cd: &CD) {
        let ttb = cd.TTB0();
        let bare = cd.with_TTB0(0).unwrap_or(*cd);
        out.extend_from_slice(&bare.0);
        out.push(self.name(ttb));
    }
}

/// Separates the parts of a fingerprint.
const MARK: u64 = u64::MAX;

impl Harness for MockHarness {
    fn name(&self) -> String {
        #[allow(unused_mut)] // extended below only by a test-only feature
        let mut name = String::from("runtime on the mock SMMUv3");
        #[cfg(feature = "planted")]
        {
            use iommugen_runtime::smmuv3::planted::{Mutation, Planted};
            if self.config.mutation != Mutation::None {
                name.push_str(&format!(", mutation {:?}", self.config.mutation));
            }
            if self.config.planted != Planted::None {
                name.push_str(&format!(", planted {:?}", self.config.planted));
            }
        }
        name
    }

    fn reset(&mut self, u: &Universe) -> Result<(), String> {
        if u.devices > self.sids.len() {
            return Err(format!(
                "{} devices but {} StreamIDs",
                u.devices,
                self.sids.len()
            ));
        }
        self.smmu = Some(Smmu::new(MockSmmu::new(), self.config).map_err(|e| e.to_string())?);
        self.instances.clear();
        for d in &u.live {
            self.alloc(*d)?;
        }
        Ok(())
    }

    fn applicable(&self, _op: &Op) -> Result<(), NotApplicable> {
        Ok(())
    }

    fn observable(&self, _pasid: Option<u32>) -> Result<(), NotApplicable> {
        Ok(())
    }

    fn apply(&mut self, dev: usize, op: &Op) -> Answer {
        match op {
            Op::DomainAlloc { d } => return runtime::allocated(self.alloc(*d)),
            Op::DomainFree { d } => {
                let id = self.live(*d).map(|i| i.id);
                let r = runtime::free(self.smmu.as_mut(), *d, id);
                if r == Answer::Ok {
                    if let Some(i) = self.instances.iter_mut().find(|i| Some(i.id) == id) {
                        i.freed = true;
                    }
                }
                return r;
            }
            _ => {}
        }
        let sid = match self.sid(dev) {
            Ok(s) => s,
            Err(e) => return Answer::Failed(e),
        };
        let live: Vec<(Domain, DomainId)> = self
            .instances
            .iter()
            .filter(|i| !i.freed)
            .map(|i| (i.domain, i.id))
            .collect();
        let Some(smmu) = self.smmu.as_mut() else {
            return Answer::Failed("not reset".into());
        };
        runtime::apply(smmu, sid, op, |d| runtime::target(d, live.iter().copied()))
    }

    fn observe(&mut self, dev: usize, pasid: Option<u32>) -> Result<Outcome, String> {
        let sid = self.sid(dev)?;
        let smmu = self.smmu.as_mut().ok_or("not reset")?;
        let dma = smmu.hal.dma(sid, pasid, PROBE_IOVA, Transfer::Read(8));
        // Keep the event queue drained.
        smmu.poll_events(|_| {});
        match dma.outcome {
            DmaOutcome::Bypassed => Ok(Outcome::Bypass),
            DmaOutcome::Terminated(_) => Ok(Outcome::Fault),
            DmaOutcome::Translated => {
                let pa = dma.pa().ok_or("translated without an address")?;
                match self.instances.iter().find(|x| x.page == pa) {
                    Some(i) if !i.freed => Ok(Outcome::Translate(i.domain)),
                    Some(i) => Err(format!(
                        "translated by a freed allocation of {} (a stale translation)",
                        crate::suite::show_domain(&i.domain)
                    )),
                    None => Err(format!("translated to {pa:#x}, which no domain maps")),
                }
            }
        }
    }

    fn fingerprint(&mut self, u: &Universe) -> Option<Vec<u64>> {
        let smmu = self.smmu.as_ref()?;
        let mut out = Vec::new();
        let mut names = Renamer::default();
        let ssids: Vec<u32> = core::iter::once(0)
            .chain(u.pasids.iter().copied())
            .collect();
        for dev in 0..u.devices {
            let sid = self.sid(dev).ok()?;
            out.push(MARK);
            match smmu.ste_addr(sid) {
                Some(a) => {
                    let words = smmu.hal.read_words(a, 8)?;
                    let mut ste = STE::new();
                    ste.0.copy_from_slice(&words);
                    names.ste(&mut out, &ste);
                }
                None => out.push(MARK - 1),
            }
            match smmu.cd_table(sid) {
                Some(ptr) => {
                    names.ste(&mut out, &ptr);
                    for &ssid in &ssids {
                        match smmu.hal.peek_cd(sid, ptr, ssid) {
                            Some(cd) => names.cd(&mut out, &cd),
                            None => out.push(MARK - 2),
                        }
                    }
                }
                None => out.push(MARK - 3),
            }
        }
        let cached = smmu.hal.cached_config();
        out.push(MARK);
        for (sid, ste) in &cached.stes {
            out.push(u64::from(*sid));
            names.ste(&mut out, ste);
        }
        out.push(MARK);
        for (i, d) in &cached.l1stds {
            out.push(u64::from(*i));
            out.push(d.0[0] & 0x1f);
            out.push(names.name(d.L2Ptr()));
        }
        out.push(MARK);
        for ((sid, ssid), cd) in &cached.cds {
            out.extend([u64::from(*sid), u64::from(*ssid)]);
            names.cd(&mut out, cd);
        }
        out.push(MARK);
        for ((sid, i), d) in &cached.l1cds {
            out.extend([u64::from(*sid), u64::from(*i), u64::from(d.V())]);
            out.push(names.name(d.L2Ptr()));
        }
        let (tlb, walks) = smmu.hal.cached_translations();
        let page = |pa: u64| {
            self.instances
                .iter()
                .position(|i| pa & !0xfff == i.page)
                .map_or(MARK - 4, |n| {
                    let i = &self.instances[n];
                    // The domain, and whether this is its current allocation.
                    let d = u.domains.iter().position(|x| *x == i.domain).unwrap_or(0);
                    (d as u64) << 1 | u64::from(i.freed)
                })
        };
        let mut t: Vec<[u64; 7]> = tlb
            .iter()
            .map(|e| {
                [
                    u64::from(e.el2),
                    u64::from(e.vmid),
                    u64::from(e.stages),
                    e.asid.map_or(MARK, u64::from),
                    e.ia,
                    e.size,
                    page(e.oa),
                ]
            })
            .collect();
        t.sort_unstable();
        t.dedup();
        out.push(MARK);
        t.iter().for_each(|e| out.extend_from_slice(e));
        out.push(MARK);
        for w in &walks {
            out.extend([
                u64::from(w.el2),
                u64::from(w.vmid),
                u64::from(w.stages),
                w.asid.map_or(MARK, u64::from),
                u64::from(w.level),
                w.ia,
                names.name(w.table),
            ]);
        }
        out.push(MARK);
        for i in self.instances.iter().filter(|i| !i.freed) {
            let d = u.domains.iter().position(|x| *x == i.domain).unwrap_or(0);
            out.extend([d as u64, u64::from(smmu.asid(i.id).ok()?)]);
        }
        Some(out)
    }
}
