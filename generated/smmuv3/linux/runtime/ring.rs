// SPDX-License-Identifier: MIT OR Apache-2.0

//! Circular queue indexes, under either protocol a spec declares ([`Protocol`]). With a wrap
//! bit ([`Ring`]), as the SMMU's command, event and PRI queues use them: an index register
//! holds `log2size` bits of slot index and, above them, one wrap bit that flips each time the
//! index passes the end; equal indexes with equal wrap bits mean empty, with different wrap
//! bits full. Head/tail ([`HeadTail`]), as the RISC-V IOMMU's queues use them: plain slot
//! indexes, one slot kept free. Written once, used by every queue.

#[cfg(not(iommugen_test))]
/// The producer or consumer position of a queue of `2^log2size` slots.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Ring {
    log2size: u32,
}

#[cfg(not(iommugen_test))]
impl Ring {
    /// A ring of `2^log2size` slots (`log2size` at most 19, the architecture's maximum).
    pub(crate) const fn new(log2size: u32) -> Self {
        Ring { log2size }
    }

    /// Number of slots.
    pub(crate) const fn slots(&self) -> u32 {
        1 << self.log2size
    }

    /// The slot index part of a position.
    pub(crate) const fn index(&self, pos: u32) -> u32 {
        pos & (self.slots() - 1)
    }

    /// The position `n` slots after `pos` (the wrap bit flips as the index passes the end).
    pub(crate) const fn advance(&self, pos: u32, n: u32) -> u32 {
        let mask = (self.slots() << 1) - 1;
        (pos & mask).wrapping_add(n) & mask
    }

    /// Occupied slots between a consumer and a producer position.
    pub(crate) const fn used(&self, prod: u32, cons: u32) -> u32 {
        let mask = (self.slots() << 1) - 1;
        (prod.wrapping_sub(cons)) & mask
    }
}

#[cfg(not(iommugen_test))]
/// A queue's index protocol, as its spec declares it: how producer and consumer positions
/// count, what empty and full are. [`Ring`] is the wrap-bit protocol (SMMUv3's PROD/CONS),
/// [`HeadTail`] the head/tail one (RISC-V's cqh/cqt, fqh/fqt, pqh/pqt).
pub(crate) trait Protocol: Copy {
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
impl Protocol for Ring {
    #[inline]
    fn capacity(&self) -> u32 {
        Ring::slots(self)
    }
    #[inline]
    fn index(&self, pos: u32) -> u32 {
        Ring::index(self, pos)
    }
    #[inline]
    fn position(&self, raw: u32) -> u32 {
        raw & ((Ring::slots(self) << 1) - 1)
    }
    #[inline]
    fn advance(&self, pos: u32, n: u32) -> u32 {
        Ring::advance(self, pos, n)
    }
    #[inline]
    fn used(&self, prod: u32, cons: u32) -> u32 {
        Ring::used(self, prod, cons)
    }
    /// The wrap bit tells: up to a lap before `end` the distance is at most the capacity,
    /// less than a lap past it the distance counts back from two laps.
    #[inline]
    fn reached(&self, end: u32, cons: u32) -> Option<bool> {
        let behind = Ring::used(self, end, cons);
        Some(behind == 0 || behind > Ring::slots(self))
    }
}

#[cfg(test)]
mod tests {}
