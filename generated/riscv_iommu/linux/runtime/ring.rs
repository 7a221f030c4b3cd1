// SPDX-License-Identifier: MIT OR Apache-2.0

//! Circular queue indexes, under either protocol a spec declares ([`Protocol`]). With a wrap
//! bit ([`Ring`]), as the SMMU's command, event and PRI queues use them: an index register
//! holds `log2size` bits of slot index and, above them, one wrap bit that flips each time the
//! index passes the end; equal indexes with equal wrap bits mean empty, with different wrap
//! bits full. Head/tail ([`HeadTail`]), as the RISC-V IOMMU's queues use them: plain slot
//! indexes, one slot kept free. Written once, used by every queue.

#[cfg(not(iommugen_test))]
/// A queue's index protocol, as its spec declares it: how producer and consumer positions
/// count, what empty and full are. [`Ring`] is the wrap-bit protocol (SMMUv3's PROD/CONS),
/// [`HeadTail`] the head/tail one (RISC-V's cqh/cqt, fqh/fqt, pqh/pqt).
pub(crate) trait Protocol: Copy {
    /// Number of slots.
    fn slots(&self) -> u32;
    /// How many records the queue holds at most.
    fn capacity(&self) -> u32;
    /// The slot index part of a position.
    fn index(&self, pos: u32) -> u32;
    /// A position as an index register reports it, without the bits above it.
    fn position(&self, raw: u32) -> u32;
    /// The position `n` slots after `pos`.
    fn advance(&self, pos: u32, n: u32) -> u32;
    /// Occupied slots between a consumer and a producer position.
    fn used(&self, prod: u32, cons: u32) -> u32;
    /// Free slots between a consumer and a producer position.
    fn free(&self, prod: u32, cons: u32) -> u32 {
        self.capacity() - self.used(prod, cons)
    }
    /// Whether the queue is empty.
    fn is_empty(&self, prod: u32, cons: u32) -> bool {
        self.used(prod, cons) == 0
    }
    /// Whether a consumer at `cons` has reached `end`, a producer position written when the
    /// consumer was at most [`Protocol::capacity`] behind it: `Some(true)` at or past it,
    /// `Some(false)` before it (or a whole lap or more past it, which only a consumer left
    /// unlooked at for a lap of the queue can be), `None` where the protocol cannot tell.
    fn reached(&self, end: u32, cons: u32) -> Option<bool>;
}

#[cfg(not(iommugen_test))]
/// Head/tail indexes: each position is a plain slot index below `2^log2size`; the producer
/// writes at the tail, the consumer reads at the head, equal indexes mean empty, and the
/// producer never fills the last free slot (full is a tail one slot behind the head), so a
/// queue holds `2^log2size - 1` records.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct HeadTail {
    log2size: u32,
}

#[cfg(not(iommugen_test))]
impl HeadTail {
    /// A queue of `2^log2size` slots (`log2size` at most 31).
    pub(crate) const fn new(log2size: u32) -> Self {
        HeadTail { log2size }
    }
}

#[cfg(not(iommugen_test))]
impl Protocol for HeadTail {
    #[inline]
    fn slots(&self) -> u32 {
        1 << self.log2size
    }
    #[inline]
    fn capacity(&self) -> u32 {
        self.slots() - 1
    }
    #[inline]
    fn index(&self, pos: u32) -> u32 {
        pos & (self.slots() - 1)
    }
    #[inline]
    fn position(&self, raw: u32) -> u32 {
        raw & (self.slots() - 1)
    }
    #[inline]
    fn advance(&self, pos: u32, n: u32) -> u32 {
        pos.wrapping_add(n) & (self.slots() - 1)
    }
    #[inline]
    fn used(&self, tail: u32, head: u32) -> u32 {
        tail.wrapping_sub(head) & (self.slots() - 1)
    }
    /// Only a head exactly at `end` tells: a head before it and one past it read alike.
    #[inline]
    fn reached(&self, end: u32, head: u32) -> Option<bool> {
        (end == head).then_some(true)
    }
}

#[cfg(test)]
mod tests {}
