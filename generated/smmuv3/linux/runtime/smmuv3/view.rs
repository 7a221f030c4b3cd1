// SPDX-License-Identifier: MIT OR Apache-2.0

//! A domain's stage-1 tables seen with no lock ([`ViewedTables`]): the [`LeafView`] of their
//! one format, through which the Linux module maps, unmaps and looks up pages in the
//! final-level tables the domain keeps at hand.

#[cfg(not(iommugen_test))]
use super::super::error::Result;
#[cfg(not(iommugen_test))]
use super::super::hal::SharedDma;
#[cfg(not(iommugen_test))]
use super::super::pgtable::{LeafView, Prot, TableStats, Unmapped};
#[cfg(not(iommugen_test))]
use super::super::shared::ViewedTables;
#[cfg(not(iommugen_test))]
use super::domain::DomainTables;
#[cfg(not(iommugen_test))]
use super::vmsa::Stage1;

#[cfg(not(iommugen_test))]
/// A domain's stage-1 tables seen with no lock: the [`LeafView`] of their one format.
impl ViewedTables for DomainTables {
    type View = LeafView<Stage1>;

    fn leaf_view(&self) -> Result<LeafView<Stage1>> {
        self.pt.leaf_view()
    }

    #[inline(always)]
    fn publish(&mut self, view: &LeafView<Stage1>) {
        self.pt.publish(view);
    }

    #[inline(always)]
    fn view_map<M: SharedDma>(
        view: &LeafView<Stage1>,
        mem: &M,
        iova: u64,
        pa: u64,
        size: u64,
        prot: Prot,
    ) -> bool {
        view.map(mem, iova, pa, size, prot)
    }

    #[inline(always)]
    fn view_unmap<M: SharedDma>(
        view: &LeafView<Stage1>,
        mem: &M,
        iova: u64,
        size: u64,
        out: &mut Unmapped,
    ) -> Option<Result<()>> {
        view.unmap_into(mem, iova, size, out)
    }

    #[inline(always)]
    fn view_iova_to_phys<M: SharedDma>(
        view: &LeafView<Stage1>,
        mem: &M,
        iova: u64,
    ) -> Option<Option<u64>> {
        view.iova_to_phys(mem, iova)
    }

    fn view_stats(view: &LeafView<Stage1>) -> TableStats {
        view.stats()
    }
}
