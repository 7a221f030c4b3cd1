//! Test hooks: find the SMMU's in-memory structures the way the hardware does (from
//! STRTAB_BASE, the STE, the CD and TTB0) and change them behind the runtime's back, to show
//! what the SMMU caches until it is told to invalidate. Written independently of the runtime's
//! table code, so they also check where it put things.

use alloc::format;
use alloc::string::String;

use iommugen_runtime::mmio::read;
use iommugen_runtime::smmuv3::spec::entries::{CD, L1STD, STE};
use iommugen_runtime::smmuv3::spec::enums::StrtabFmt;
use iommugen_runtime::smmuv3::spec::regs::{STRTAB_BASE, STRTAB_BASE_CFG};

use crate::hal::{self, QemuHal};

/// The stream table as the SMMU sees it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct StrtabInfo {
    /// Two-level (otherwise linear).
    pub two_level: bool,
    /// STRTAB_BASE_CFG.LOG2SIZE.
    pub log2size: u8,
    /// STRTAB_BASE_CFG.SPLIT (two-level only).
    pub split: u8,
    /// STRTAB_BASE.ADDR.
    pub base: u64,
}

/// Reads STRTAB_BASE and STRTAB_BASE_CFG.
pub fn strtab() -> Result<StrtabInfo, String> {
    let hal = QemuHal;
    let base: STRTAB_BASE = read(&hal);
    let cfg: STRTAB_BASE_CFG = read(&hal);
    let two_level = match cfg.FMT() {
        Ok(StrtabFmt::Linear) => false,
        Ok(StrtabFmt::TwoLevel) => true,
        Err(e) => return Err(format!("STRTAB_BASE_CFG.FMT reserved: {e:?}")),
    };
    Ok(StrtabInfo {
        two_level,
        log2size: cfg.LOG2SIZE(),
        split: cfg.SPLIT_bits() as u8,
        base: base.ADDR(),
    })
}

/// The address of the STE of `sid`, or why there is none.
pub fn ste_addr(sid: u32) -> Result<u64, String> {
    let t = strtab()?;
    if t.log2size < 32 && sid >> t.log2size != 0 {
        return Err(format!(
            "StreamID {sid:#x} is beyond the table (LOG2SIZE {})",
            t.log2size
        ));
    }
    if !t.two_level {
        return Ok(t.base + u64::from(sid) * 64);
    }
    let l1 = L1STD([hal::phys_read64(t.base + u64::from(sid >> t.split) * 8)]);
    if l1.Span() == 0 {
        return Err(format!(
            "the level-1 descriptor of StreamID {sid:#x} is invalid (Span 0)"
        ));
    }
    Ok(l1.L2Ptr() + u64::from(sid & ((1 << t.split) - 1)) * 64)
}

/// Reads the 64-byte entry at `addr`.
fn read_words(addr: u64) -> [u64; 8] {
    core::array::from_fn(|i| hal::phys_read64(addr + 8 * i as u64))
}

/// The STE of `sid` as the SMMU would fetch it.
pub fn read_ste(sid: u32) -> Result<(u64, STE), String> {
    let a = ste_addr(sid)?;
    Ok((a, STE(read_words(a))))
}

/// Writes word `i` of the 64-byte entry at `addr` (no invalidation: that is the point).
pub fn write_word(addr: u64, i: usize, value: u64) {
    hal::phys_write64(addr + 8 * i as u64, value);
    hal::dsb_st();
}

/// The CD of SubstreamID 0 of `sid` (linear CD table).
pub fn read_cd(sid: u32) -> Result<(u64, CD), String> {
    let (_, ste) = read_ste(sid)?;
    let a = ste.S1ContextPtr();
    if a == 0 {
        return Err(format!("the STE of {sid:#x} has no CD table"));
    }
    Ok((a, CD(read_words(a))))
}

/// A leaf of a stage-1 translation table.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Leaf {
    /// Lookup level (3: page, 1 or 2: block).
    pub level: u32,
    /// Address of the descriptor.
    pub addr: u64,
    /// The descriptor.
    pub desc: u64,
}

impl Leaf {
    /// Bytes the leaf maps.
    pub const fn size(&self) -> u64 {
        1 << (12 + 9 * (3 - self.level))
    }

    /// Output address bits of the descriptor (4K granule, 48-bit OA).
    const fn oa_mask(&self) -> u64 {
        0x0000_ffff_ffff_f000 & !(self.size() - 1)
    }

    /// The output address.
    pub const fn oa(&self) -> u64 {
        self.desc & self.oa_mask()
    }

    /// Rewrites the descriptor in memory to point at `pa`, keeping its attributes (no TLB
    /// invalidation).
    pub fn retarget(&self, pa: u64) {
        let d = (self.desc & !self.oa_mask()) | (pa & self.oa_mask());
        hal::phys_write64(self.addr, d);
        hal::dsb_st();
    }
}

/// Walks a 4K-granule, 48-bit stage-1 table from `ttb` (start level 0) for `iova`.
pub fn walk(ttb: u64, iova: u64) -> Result<Leaf, String> {
    let mut table = ttb & 0x0000_ffff_ffff_f000;
    for level in 0..4u32 {
        let idx = (iova >> (39 - 9 * level)) & 0x1ff;
        let addr = table + idx * 8;
        let desc = hal::phys_read64(addr);
        match (desc & 3, level) {
            (0 | 2, _) => {
                return Err(format!(
                    "{iova:#x}: invalid descriptor {desc:#x} at level {level}"
                ))
            }
            (1, 1 | 2) => return Ok(Leaf { level, addr, desc }),
            (1, _) => return Err(format!("{iova:#x}: block descriptor at level {level}")),
            (_, 3) => return Ok(Leaf { level, addr, desc }),
            _ => table = desc & 0x0000_ffff_ffff_f000,
        }
    }
    Err(format!("{iova:#x}: walk did not end"))
}
