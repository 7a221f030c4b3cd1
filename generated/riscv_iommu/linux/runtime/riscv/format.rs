// SPDX-License-Identifier: MIT OR Apache-2.0

//! The RISC-V page-table formats as [`Format`]s of the generic engine (RISC-V IOMMU 3.3.1,
//! Privileged Architecture 10.3-10.6, 11.3): Sv39, Sv48 and Sv57 at the first stage, Sv39x4
//! and Sv48x4 at the G-stage. Descriptors are the generated `Pointer` and `Leaf` types, the
//! geometry (the x4 formats' 16 KiB root) the generated `GRANULES`. A leaf is at any level
//! (superpages), so block and page descriptors are the same kind.
//!
//! Leaves get R, W and X from the protection (write-only is reserved, so it maps read/write),
//! A = 1 and D = W (the driver does not rely on hardware A/D updates, `AMO_HWAD`), PBMT = 0
//! (the PMA's memory type: without Svpbmt there is no other), and U = 1 except at the first
//! stage for [`Prot::PRIV`]: device requests without the privileged attribute are user
//! accesses, and the G-stage requires U = 1 on every leaf.

use super::super::pgtable::{Format, Prot};
use super::spec::pagetables::sv39;
#[cfg(not(iommugen_test))]
use super::spec::pagetables::{sv39x4, sv48, sv48x4, sv57};
use super::spec::support::{FieldError, GranuleInfo};

/// Sv39: 39-bit IOVAs, three levels (first stage).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Sv39 {}
#[cfg(not(iommugen_test))]
/// Sv48: 48-bit IOVAs, four levels (first stage).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Sv48 {}
#[cfg(not(iommugen_test))]
/// Sv57: 57-bit IOVAs, five levels (first stage).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Sv57 {}
#[cfg(not(iommugen_test))]
/// Sv39x4: 41-bit guest-physical addresses, a 16 KiB root (G-stage).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Sv39x4 {}
#[cfg(not(iommugen_test))]
/// Sv48x4: 50-bit guest-physical addresses, a 16 KiB root (G-stage).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Sv48x4 {}

macro_rules! riscv_format {
    ($ty:ident, $m:ident, $name:literal, $gstage:expr) => {
        impl Format for $ty {
            const VA_BITS: u32 = $m::VA_BITS;
            const OA_BITS: u32 = $m::OA_BITS;
            const GRANULES: &'static [GranuleInfo] = $m::GRANULES;

            #[inline(always)]
            fn table(next: u64) -> Result<u64, FieldError> {
                Ok($m::Pointer::new().with_V(true).with_PPN(next)?.bits())
            }

            #[inline(always)]
            fn table_addr(raw: u64) -> Option<u64> {
                $m::Pointer::matches(raw).then(|| $m::Pointer(raw).PPN())
            }

            #[inline(always)]
            fn block(oa: u64, prot: Prot) -> Result<u64, FieldError> {
                Self::page(oa, prot)
            }

            #[inline(always)]
            fn block_oa(raw: u64) -> Option<u64> {
                Self::page_oa(raw)
            }

            #[inline(always)]
            fn page(oa: u64, prot: Prot) -> Result<u64, FieldError> {
                let write = prot.writable();
                let leaf = $m::Leaf::new()
                    .with_V(true)
                    .with_R(prot.readable() || write)
                    .with_W(write)
                    .with_X(prot.executable())
                    .with_U($gstage || !prot.privileged())
                    .with_A(true)
                    .with_D(write)
                    .with_PPN(oa)?;
                Ok(leaf.bits())
            }

            #[inline(always)]
            fn page_oa(raw: u64) -> Option<u64> {
                $m::Leaf::matches(raw).then(|| $m::Leaf(raw).PPN())
            }

            fn leaf_prot(raw: u64, _page: bool) -> Prot {
                let l = $m::Leaf(raw);
                let mut prot = Prot::NONE;
                if l.R() {
                    prot = prot | Prot::READ;
                }
                if l.W() {
                    prot = prot | Prot::WRITE;
                }
                if l.X() {
                    prot = prot | Prot::EXEC;
                }
                if !$gstage && !l.U() {
                    prot = prot | Prot::PRIV;
                }
                prot
            }
        }
    };
}

riscv_format!(Sv39, sv39, "Sv39", false);
#[cfg(not(iommugen_test))]
riscv_format!(Sv48, sv48, "Sv48", false);
#[cfg(not(iommugen_test))]
riscv_format!(Sv57, sv57, "Sv57", false);
#[cfg(not(iommugen_test))]
riscv_format!(Sv39x4, sv39x4, "Sv39x4", true);
#[cfg(not(iommugen_test))]
riscv_format!(Sv48x4, sv48x4, "Sv48x4", true);

#[cfg(test)]
mod tests {
    use super::*;
}
