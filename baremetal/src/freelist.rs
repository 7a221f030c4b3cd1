//! A first-fit free-list allocator over an address range, with no heap of its own: the free
//! ranges live in a fixed array, sorted by address and merged with their neighbours on free.
//! Both the global allocator (the Rust heap) and the DMA pool use it; neither touches the memory
//! it hands out (the callers do, through `hal`).

/// Smallest unit handed out; every range stays aligned to it.
pub const QUANTUM: usize = 16;

/// Free ranges `[start, end)` of one region.
pub struct FreeList<const N: usize> {
    ranges: [(usize, usize); N],
    len: usize,
    /// Bytes currently handed out.
    pub used: usize,
    /// Largest `used` seen.
    pub peak: usize,
    /// Bytes that could not be returned because the range array was full (leaked).
    pub leaked: usize,
}

const fn align_up(x: usize, a: usize) -> usize {
    (x + a - 1) & !(a - 1)
}

impl<const N: usize> FreeList<N> {
    /// A list whose only free range is `[start, end)` (both multiples of [`QUANTUM`]).
    pub const fn new(start: usize, end: usize) -> Self {
        let mut ranges = [(0, 0); N];
        ranges[0] = (start, end);
        FreeList {
            ranges,
            len: 1,
            used: 0,
            peak: 0,
            leaked: 0,
        }
    }

    /// The size actually reserved for a request of `size` bytes.
    pub const fn rounded(size: usize) -> usize {
        align_up(if size == 0 { 1 } else { size }, QUANTUM)
    }

    /// Reserves `size` bytes aligned to `align` (a power of two); `None` when nothing fits.
    pub fn alloc(&mut self, size: usize, align: usize) -> Option<usize> {
        let size = Self::rounded(size);
        let align = align.max(QUANTUM);
        for i in 0..self.len {
            let (start, end) = self.ranges[i];
            let at = align_up(start, align);
            if at < start || at.checked_add(size)? > end {
                continue;
            }
            let before = (start, at);
            let after = (at + size, end);
            match (before.0 < before.1, after.0 < after.1) {
                (false, false) => self.remove(i),
                (true, false) => self.ranges[i] = before,
                (false, true) => self.ranges[i] = after,
                (true, true) => {
                    if self.len == N {
                        // No room to split: skip this range rather than lose track of memory.
                        continue;
                    }
                    self.ranges[i] = before;
                    self.insert_at(i + 1, after);
                }
            }
            self.used += size;
            self.peak = self.peak.max(self.used);
            return Some(at);
        }
        None
    }

    /// Returns `[addr, addr + size)` (as passed to and returned by [`FreeList::alloc`]).
    /// Returns `false`, changing nothing, if part of it is already free (a double free).
    pub fn free(&mut self, addr: usize, size: usize) -> bool {
        let size = Self::rounded(size);
        let end = addr + size;
        let i = self.ranges[..self.len].partition_point(|r| r.0 < addr);
        if (i > 0 && self.ranges[i - 1].1 > addr) || (i < self.len && self.ranges[i].0 < end) {
            return false;
        }
        self.used = self.used.saturating_sub(size);
        let merge_prev = i > 0 && self.ranges[i - 1].1 == addr;
        let merge_next = i < self.len && self.ranges[i].0 == end;
        match (merge_prev, merge_next) {
            (true, true) => {
                self.ranges[i - 1].1 = self.ranges[i].1;
                self.remove(i);
            }
            (true, false) => self.ranges[i - 1].1 = end,
            (false, true) => self.ranges[i].0 = addr,
            (false, false) => {
                if self.len == N {
                    self.leaked += size;
                } else {
                    self.insert_at(i, (addr, end));
                }
            }
        }
        true
    }

    fn remove(&mut self, i: usize) {
        self.ranges.copy_within(i + 1..self.len, i);
        self.len -= 1;
    }

    fn insert_at(&mut self, i: usize, r: (usize, usize)) {
        self.ranges.copy_within(i..self.len, i + 1);
        self.ranges[i] = r;
        self.len += 1;
    }
}
