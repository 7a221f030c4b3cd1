//! A domain's tables seen with no lock ([`ViewedTables`]): the [`LeafView`] of its format, one
//! variant per format as the tables are ([`View`]), through which the Linux module maps,
//! unmaps and looks up pages in the final-level tables the domain keeps at hand.

use super::super::error::Result;
use super::super::hal::SharedDma;
use super::super::pgtable::{LeafView, Prot, TableStats, Unmapped};
use super::super::shared::ViewedTables;
use super::format::{Sv39, Sv39x4, Sv48, Sv48x4, Sv57};
use super::tables::{DomainTables, Tables};

/// The view of a domain's tables, of their format. Each use matches every format in plain
/// code, as [`DomainTables`] does.
#[derive(Debug)]
pub enum View {
    /// Sv39 (first stage).
    Sv39(LeafView<Sv39>),
    /// Sv48 (first stage).
    Sv48(LeafView<Sv48>),
    /// Sv57 (first stage).
    Sv57(LeafView<Sv57>),
    /// Sv39x4 (G-stage).
    Sv39x4(LeafView<Sv39x4>),
    /// Sv48x4 (G-stage).
    Sv48x4(LeafView<Sv48x4>),
}

/// The tables of a format are published to a view of that format; a view of another format
/// (not made by these tables) is left as it is.
impl ViewedTables for DomainTables {
    type View = View;

    fn leaf_view(&self) -> Result<View> {
        Ok(match &self.tables {
            Tables::Sv39(t) => View::Sv39(t.leaf_view()?),
            Tables::Sv48(t) => View::Sv48(t.leaf_view()?),
            Tables::Sv57(t) => View::Sv57(t.leaf_view()?),
            Tables::Sv39x4(t) => View::Sv39x4(t.leaf_view()?),
            Tables::Sv48x4(t) => View::Sv48x4(t.leaf_view()?),
        })
    }

    #[inline(always)]
    fn publish(&mut self, view: &View) {
        match &mut self.tables {
            Tables::Sv39(t) => {
                if let View::Sv39(v) = view {
                    t.publish(v);
                }
            }
            Tables::Sv48(t) => {
                if let View::Sv48(v) = view {
                    t.publish(v);
                }
            }
            Tables::Sv57(t) => {
                if let View::Sv57(v) = view {
                    t.publish(v);
                }
            }
            Tables::Sv39x4(t) => {
                if let View::Sv39x4(v) = view {
                    t.publish(v);
                }
            }
            Tables::Sv48x4(t) => {
                if let View::Sv48x4(v) = view {
                    t.publish(v);
                }
            }
        }
    }

    #[inline(always)]
    fn view_map<M: SharedDma>(
        view: &View,
        mem: &M,
        iova: u64,
        pa: u64,
        size: u64,
        prot: Prot,
    ) -> bool {
        match view {
            View::Sv39(v) => v.map(mem, iova, pa, size, prot),
            View::Sv48(v) => v.map(mem, iova, pa, size, prot),
            View::Sv57(v) => v.map(mem, iova, pa, size, prot),
            View::Sv39x4(v) => v.map(mem, iova, pa, size, prot),
            View::Sv48x4(v) => v.map(mem, iova, pa, size, prot),
        }
    }

    #[inline(always)]
    fn view_unmap<M: SharedDma>(
        view: &View,
        mem: &M,
        iova: u64,
        size: u64,
        out: &mut Unmapped,
    ) -> Option<Result<()>> {
        match view {
            View::Sv39(v) => v.unmap_into(mem, iova, size, out),
            View::Sv48(v) => v.unmap_into(mem, iova, size, out),
            View::Sv57(v) => v.unmap_into(mem, iova, size, out),
            View::Sv39x4(v) => v.unmap_into(mem, iova, size, out),
            View::Sv48x4(v) => v.unmap_into(mem, iova, size, out),
        }
    }

    #[inline(always)]
    fn view_iova_to_phys<M: SharedDma>(view: &View, mem: &M, iova: u64) -> Option<Option<u64>> {
        match view {
            View::Sv39(v) => v.iova_to_phys(mem, iova),
            View::Sv48(v) => v.iova_to_phys(mem, iova),
            View::Sv57(v) => v.iova_to_phys(mem, iova),
            View::Sv39x4(v) => v.iova_to_phys(mem, iova),
            View::Sv48x4(v) => v.iova_to_phys(mem, iova),
        }
    }

    fn view_stats(view: &View) -> TableStats {
        match view {
            View::Sv39(v) => v.stats(),
            View::Sv48(v) => v.stats(),
            View::Sv57(v) => v.stats(),
            View::Sv39x4(v) => v.stats(),
            View::Sv48x4(v) => v.stats(),
        }
    }
}
