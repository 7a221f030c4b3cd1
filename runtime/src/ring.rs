//! Circular queue indexes, under either protocol a spec declares ([`Protocol`]). With a wrap
//! bit ([`Ring`]), as the SMMU's command, event and PRI queues use them: an index register
//! holds `log2size` bits of slot index and, above them, one wrap bit that flips each time the
//! index passes the end; equal indexes with equal wrap bits mean empty, with different wrap
//! bits full. Head/tail ([`HeadTail`]), as the RISC-V IOMMU's queues use them: plain slot
//! indexes, one slot kept free. Written once, used by every queue.

/// The producer or consumer position of a queue of `2^log2size` slots.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Ring {
    log2size: u32,
}

impl Ring {
    /// A ring of `2^log2size` slots (`log2size` at most 19, the architecture's maximum).
    pub const fn new(log2size: u32) -> Self {
        Ring { log2size }
    }

    /// Number of slots.
    pub const fn slots(&self) -> u32 {
        1 << self.log2size
    }

    /// log2 of the number of slots.
    pub const fn log2size(&self) -> u32 {
        self.log2size
    }

    /// The slot index part of a position.
    pub const fn index(&self, pos: u32) -> u32 {
        pos & (self.slots() - 1)
    }

    /// The wrap bit of a position.
    pub const fn wrap(&self, pos: u32) -> bool {
        (pos >> self.log2size) & 1 != 0
    }

    /// The position `n` slots after `pos` (the wrap bit flips as the index passes the end).
    pub const fn advance(&self, pos: u32, n: u32) -> u32 {
        let mask = (self.slots() << 1) - 1;
        (pos & mask).wrapping_add(n) & mask
    }

    /// Occupied slots between a consumer and a producer position.
    pub const fn used(&self, prod: u32, cons: u32) -> u32 {
        let mask = (self.slots() << 1) - 1;
        (prod.wrapping_sub(cons)) & mask
    }

    /// Free slots between a consumer and a producer position.
    pub const fn free(&self, prod: u32, cons: u32) -> u32 {
        self.slots() - self.used(prod, cons)
    }

    /// Whether the queue is empty.
    pub const fn is_empty(&self, prod: u32, cons: u32) -> bool {
        self.used(prod, cons) == 0
    }

    /// Whether the queue is full.
    pub const fn is_full(&self, prod: u32, cons: u32) -> bool {
        self.used(prod, cons) == self.slots()
    }

    /// Whether the record at position `pos` has been consumed when the consumer is at `cons`,
    /// given that the producer has moved on to `prod`: the consumer has passed `pos` but not
    /// gone beyond the producer.
    pub const fn consumed(&self, pos: u32, cons: u32, prod: u32) -> bool {
        let ahead = self.used(cons, pos);
        ahead > 0 && ahead <= self.used(prod, pos)
    }
}

/// A queue's index protocol, as its spec declares it: how producer and consumer positions
/// count, what empty and full are. [`Ring`] is the wrap-bit protocol (SMMUv3's PROD/CONS),
/// [`HeadTail`] the head/tail one (RISC-V's cqh/cqt, fqh/fqt, pqh/pqt).
pub trait Protocol: Copy {
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
    /// Whether the queue is full.
    fn is_full(&self, prod: u32, cons: u32) -> bool {
        self.used(prod, cons) == self.capacity()
    }
    /// Whether a consumer at `cons` has reached `end`, a producer position written when the
    /// consumer was at most [`Protocol::capacity`] behind it: `Some(true)` at or past it,
    /// `Some(false)` before it (or a whole lap or more past it, which only a consumer left
    /// unlooked at for a lap of the queue can be), `None` where the protocol cannot tell.
    fn reached(&self, end: u32, cons: u32) -> Option<bool>;
}

impl Protocol for Ring {
    #[inline]
    fn slots(&self) -> u32 {
        Ring::slots(self)
    }
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

/// Head/tail indexes: each position is a plain slot index below `2^log2size`; the producer
/// writes at the tail, the consumer reads at the head, equal indexes mean empty, and the
/// producer never fills the last free slot (full is a tail one slot behind the head), so a
/// queue holds `2^log2size - 1` records.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct HeadTail {
    log2size: u32,
}

impl HeadTail {
    /// A queue of `2^log2size` slots (`log2size` at most 31).
    pub const fn new(log2size: u32) -> Self {
        HeadTail { log2size }
    }
}

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
mod tests {
    use super::Ring;

    #[test]
    fn wrap_bit_distinguishes_full_from_empty() {
        let r = Ring::new(2); // 4 slots
        assert!(r.is_empty(0, 0));
        let p = r.advance(0, 4);
        assert_eq!(p, 0b100);
        assert!(r.is_full(p, 0));
        assert_eq!(r.index(p), 0);
        assert!(r.wrap(p));
        assert_eq!(r.advance(p, 4), 0, "wraps back to wrap=0");
        assert_eq!(r.used(0b001, 0b110), 3);
        assert_eq!(r.free(0b001, 0b110), 1);
    }

    #[test]
    fn consumed_tracks_positions_across_the_wrap() {
        let r = Ring::new(2);
        // Producer at 6 (wrap 1, index 2) after writing positions 3, 4, 5.
        let prod = 6;
        assert!(!r.consumed(5, 3, prod));
        assert!(!r.consumed(5, 5, prod));
        assert!(r.consumed(5, 6, prod));
        assert!(r.consumed(3, 4, prod));
    }

    #[test]
    fn head_tail_keeps_one_slot_free() {
        use super::{HeadTail, Protocol};
        let q = HeadTail::new(2); // 4 slots, 3 records
        assert!(q.is_empty(0, 0));
        assert_eq!(q.capacity(), 3);
        let t = q.advance(0, 3);
        assert_eq!(t, 3);
        assert!(q.is_full(t, 0));
        assert_eq!(q.free(t, 0), 0);
        // Across the end: tail 1 after wrapping, head 2.
        assert_eq!(q.advance(3, 2), 1);
        assert_eq!(q.used(1, 2), 3);
        assert!(q.is_full(1, 2));
        assert_eq!(q.used(2, 2), 0);
    }

    #[test]
    fn the_wrap_bit_protocol_holds_every_slot() {
        use super::Protocol;
        let r = Ring::new(2);
        assert_eq!(Protocol::capacity(&r), 4);
        assert!(Protocol::is_full(&r, r.advance(0, 4), 0));
        assert_eq!(Protocol::free(&r, 0b001, 0b110), 1);
    }
}
