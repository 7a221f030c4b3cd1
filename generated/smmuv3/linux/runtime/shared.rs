// SPDX-License-Identifier: MIT OR Apache-2.0

//! State that several callers may share, and how the runtime reaches it: through [`Guarded`],
//! the environment's lock around it.
//!
//! One owner of everything (the userspace tests, bare metal, the conformance suite) holds the
//! state itself: the blanket implementation hands it over with the owner's HAL. The Linux module
//! keeps the command queue and each paging domain's translation tables behind locks of their own,
//! each with a HAL of its own for the DMA memory it holds, and shares a [`Clock`] between CPUs:
//! the runtime then takes a lock only for what must be done under it (writing commands into the
//! ring, a look at CMDQ_CONS that the register alone cannot answer, a page-table walk) and
//! writes CMDQ_PROD, reads CMDQ_CONS and waits with no lock held ([`Guarded::unlocked`]). Pages
//! in the final-level tables a domain keeps at hand it maps, unmaps and looks up with no lock at all,
//! through their [`ViewedTables::View`].

#[cfg(not(iommugen_test))]
use super::error::Result;
#[cfg(not(iommugen_test))]
use super::hal::{Clock, Hal, SharedDma};
#[cfg(not(iommugen_test))]
use super::pgtable::{Prot, TableStats, Unmapped};
#[cfg(not(iommugen_test))]
use super::queue::doorbell::Unlocked;

#[cfg(not(iommugen_test))]
/// Exclusive access to a `T` that callers may share, with the HAL its memory is reached through.
/// `C` is the caller's clock, which waits outside the lock.
pub(crate) trait Guarded<C: Clock, T> {
    /// The HAL of the state behind the lock: the owner's own, or one that only the lock's holder
    /// uses.
    type Hal: Hal;

    /// Runs `f` on the state with the lock held. `f` must not wait for the hardware: it is one
    /// look or one update, bounded and short (the lock may keep interrupts off).
    fn with<R>(&mut self, clock: &C, f: impl FnOnce(&Self::Hal, &mut T) -> R) -> R;

    /// For a command queue that CPUs share: the registers and the
    /// [`Doorbell`](super::queue::doorbell::Doorbell) every CPU
    /// reaches with no lock ([`doorbell`](super::queue::doorbell)). The environment then rings
    /// the doorbell after each hold of the lock
    /// ([`Doorbell::ring`](super::queue::doorbell::Doorbell::ring)), and waiters look at the
    /// consumer register with no lock. `None` (the default): every look takes the lock, and
    /// the queue writes its producer register in the hold that wrote the batch.
    fn unlocked(&self) -> Option<Unlocked<'_>> {
        None
    }

    /// For a command queue that CPUs share: writes the producer position its doorbell has
    /// pending, the environment's way (as after each hold): a waiter whose batch is not
    /// complete calls it before it looks again, for a batch recorded while another CPU was
    /// writing the register. Nothing (the default) for a queue with one owner.
    fn ring(&self) {}
}

#[cfg(not(iommugen_test))]
/// The state held by its one owner: no lock, the owner's HAL.
impl<H: Hal, T> Guarded<H, T> for T {
    type Hal = H;

    #[inline]
    fn with<R>(&mut self, hal: &H, f: impl FnOnce(&H, &mut T) -> R) -> R {
        f(hal, self)
    }
}

#[cfg(not(iommugen_test))]
/// Tables an environment keeps behind a lock of their own, with a view every CPU may use with
/// no lock ([`LeafView`](super::pgtable::LeafView)): the maps, unmaps and lookups the view serves take no lock, the
/// others take it and publish the view again before letting it go. Each architecture's domain
/// tables implement it over their formats; an owner that holds the tables itself needs none.
pub(crate) trait ViewedTables {
    /// The view: the [`LeafView`](super::pgtable::LeafView) of the tables' format.
    type View: Sync;

    /// The view of the tables as they are ([`PageTable::leaf_view`](super::pgtable::PageTable::leaf_view)):
    /// the tables have one. Fails if it cannot be allocated.
    fn leaf_view(&self) -> Result<Self::View>;

    /// Publishes the tables to `view`, the one [`ViewedTables::leaf_view`] of these tables
    /// made ([`PageTable::publish`](super::pgtable::PageTable::publish)): under the lock,
    /// after each call on the tables.
    fn publish(&mut self, view: &Self::View);

    /// [`LeafView::map`](super::pgtable::LeafView::map) on `view`, with the tables' memory `mem`.
    fn view_map<M: SharedDma>(
        view: &Self::View,
        mem: &M,
        iova: u64,
        pa: u64,
        size: u64,
        prot: Prot,
    ) -> bool;

    /// [`LeafView::unmap_into`](super::pgtable::LeafView::unmap_into) on `view`.
    fn view_unmap<M: SharedDma>(
        view: &Self::View,
        mem: &M,
        iova: u64,
        size: u64,
        out: &mut Unmapped,
    ) -> Option<Result<()>>;

    /// [`LeafView::iova_to_phys`](super::pgtable::LeafView::iova_to_phys) on `view`.
    fn view_iova_to_phys<M: SharedDma>(
        view: &Self::View,
        mem: &M,
        iova: u64,
    ) -> Option<Option<u64>>;

    /// [`LeafView::stats`](super::pgtable::LeafView::stats) of `view`.
    fn view_stats(view: &Self::View) -> TableStats;
}
