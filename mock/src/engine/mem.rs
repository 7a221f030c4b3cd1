//! Simulated physical memory and the DMA allocator. Memory is sparse (4 KiB pages of 64-bit
//! words, created on first write, reading as zero before) and covers one RAM range; a device
//! access outside it is an external abort, as on a real bus. The allocator hands out
//! [`DmaBuf`]s whose handle is their physical address, from the bottom of RAM upwards, and
//! never reuses an address, so a device access to freed memory can be reported.

use std::collections::{BTreeMap, HashMap};
use std::hash::{BuildHasherDefault, Hasher};
use std::ops::Range;

use iommugen_runtime::hal::{DmaBuf, HalError};

const PAGE_SHIFT: u32 = 12;
const WORDS_PER_PAGE: usize = 512;

/// Hashes page numbers (a multiplicative hash: the keys are small integers the model chooses,
/// so the DoS resistance of the default hasher buys nothing, and every simulated memory access
/// pays for the hash).
#[derive(Debug, Clone, Copy, Default)]
struct PageHasher(u64);

impl Hasher for PageHasher {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        for b in bytes {
            self.0 = (self.0.rotate_left(8) ^ u64::from(*b)).wrapping_mul(0x9e37_79b9_7f4a_7c15);
        }
    }

    fn write_u64(&mut self, n: u64) {
        self.0 = (self.0 ^ n).wrapping_mul(0x9e37_79b9_7f4a_7c15);
    }
}

/// Sparse physical memory with a DMA allocator.
#[derive(Debug, Clone)]
pub struct Memory {
    pages: HashMap<u64, Box<[u64; WORDS_PER_PAGE]>, BuildHasherDefault<PageHasher>>,
    ram: Range<u64>,
    next: u64,
    live: BTreeMap<u64, u64>,
    freed: BTreeMap<u64, u64>,
}

impl Memory {
    /// Memory covering `ram`, with nothing allocated.
    pub fn new(ram: Range<u64>) -> Self {
        Memory {
            pages: HashMap::default(),
            next: ram.start,
            ram,
            live: BTreeMap::new(),
            freed: BTreeMap::new(),
        }
    }

    /// The RAM range.
    pub fn ram(&self) -> Range<u64> {
        self.ram.clone()
    }

    /// Whether the `len` bytes at `pa` are RAM.
    pub fn contains(&self, pa: u64, len: u64) -> bool {
        pa >= self.ram.start && pa.checked_add(len).is_some_and(|end| end <= self.ram.end)
    }

    /// The 64-bit word at `pa` (8-byte aligned), or `None` outside RAM or misaligned.
    pub fn read(&self, pa: u64) -> Option<u64> {
        if !pa.is_multiple_of(8) || !self.contains(pa, 8) {
            return None;
        }
        let page = pa >> PAGE_SHIFT;
        let word = ((pa as usize) >> 3) & (WORDS_PER_PAGE - 1);
        Some(self.pages.get(&page).map_or(0, |p| p[word]))
    }

    /// Stores the 64-bit word at `pa`; `false` outside RAM or misaligned.
    pub fn write(&mut self, pa: u64, value: u64) -> bool {
        if !pa.is_multiple_of(8) || !self.contains(pa, 8) {
            return false;
        }
        let page = pa >> PAGE_SHIFT;
        let word = ((pa as usize) >> 3) & (WORDS_PER_PAGE - 1);
        if value == 0 && !self.pages.contains_key(&page) {
            return true;
        }
        self.pages
            .entry(page)
            .or_insert_with(|| Box::new([0; WORDS_PER_PAGE]))[word] = value;
        true
    }

    /// `n` consecutive words from `pa`, or `None` if any is outside RAM.
    pub fn read_words(&self, pa: u64, n: usize) -> Option<Vec<u64>> {
        (0..n as u64)
            .map(|i| self.read(pa.checked_add(i * 8)?))
            .collect()
    }

    /// Stores consecutive words from `pa`; `false` (and nothing written) if any is outside RAM.
    pub fn write_words(&mut self, pa: u64, words: &[u64]) -> bool {
        if !pa.is_multiple_of(8) || !self.contains(pa, words.len() as u64 * 8) {
            return false;
        }
        for (i, &w) in words.iter().enumerate() {
            self.write(pa + i as u64 * 8, w);
        }
        true
    }

    /// A 32-bit store (an MSI write) at `pa`, 4-byte aligned.
    pub fn write_u32(&mut self, pa: u64, value: u32) -> bool {
        if !pa.is_multiple_of(4) {
            return false;
        }
        let base = pa & !7;
        let Some(old) = self.read(base) else {
            return false;
        };
        let shift = (pa & 4) * 8;
        let new = (old & !(0xffff_ffffu64 << shift)) | (u64::from(value) << shift);
        self.write(base, new)
    }

    /// Bytes from `pa`, or `None` if any is outside RAM.
    pub fn read_bytes(&self, pa: u64, len: usize) -> Option<Vec<u8>> {
        if !self.contains(pa, len as u64) {
            return None;
        }
        let mut out = Vec::with_capacity(len);
        let mut addr = pa;
        while out.len() < len {
            let word = self.read(addr & !7)?.to_le_bytes();
            let start = (addr & 7) as usize;
            let take = (8 - start).min(len - out.len());
            out.extend_from_slice(&word[start..start + take]);
            addr += take as u64;
        }
        Some(out)
    }

    /// Stores bytes at `pa`; `false` (and nothing written) if any is outside RAM.
    pub fn write_bytes(&mut self, pa: u64, data: &[u8]) -> bool {
        if !self.contains(pa, data.len() as u64) {
            return false;
        }
        let mut done = 0;
        while done < data.len() {
            let addr = pa + done as u64;
            let start = (addr & 7) as usize;
            let take = (8 - start).min(data.len() - done);
            let mut word = self.read(addr & !7).unwrap_or(0).to_le_bytes();
            word[start..start + take].copy_from_slice(&data[done..done + take]);
            self.write(addr & !7, u64::from_le_bytes(word));
            done += take;
        }
        true
    }

    /// Allocates `bytes` (rounded up to 8) of zeroed memory aligned to `align` (at least 8).
    pub fn alloc(&mut self, bytes: usize, align: usize) -> Result<DmaBuf, HalError> {
        let oom = HalError::OutOfMemory { bytes };
        let size = (bytes.max(1) as u64).checked_add(7).ok_or(oom)? & !7;
        let align = (align.max(8) as u64)
            .checked_next_power_of_two()
            .ok_or(oom)?;
        let start = self.next.checked_add(align - 1).ok_or(oom)? & !(align - 1);
        let end = start.checked_add(size).ok_or(oom)?;
        if end > self.ram.end {
            return Err(oom);
        }
        self.next = end;
        self.zero(start, end);
        self.live.insert(start, end);
        let handle = usize::try_from(start).map_err(|_| oom)?;
        Ok(DmaBuf {
            handle,
            addr: start,
            bytes: size as usize,
        })
    }

    /// Frees an allocation; `false` if `buf` is not a live allocation.
    pub fn free(&mut self, buf: &DmaBuf) -> bool {
        match self.live.get(&buf.addr) {
            Some(&end) => {
                self.live.remove(&buf.addr);
                self.freed.insert(buf.addr, end);
                true
            }
            None => false,
        }
    }

    /// Whether `pa` lies in memory that was allocated and then freed.
    pub fn is_freed(&self, pa: u64) -> bool {
        self.freed
            .range(..=pa)
            .next_back()
            .is_some_and(|(_, &end)| pa < end)
    }

    /// Number of live allocations.
    pub fn live_allocations(&self) -> usize {
        self.live.len()
    }

    fn zero(&mut self, start: u64, end: u64) {
        let (first, last) = (start >> PAGE_SHIFT, (end - 1) >> PAGE_SHIFT);
        for page in first..=last {
            if let Some(p) = self.pages.get_mut(&page) {
                let base = page << PAGE_SHIFT;
                for (i, w) in p.iter_mut().enumerate() {
                    let a = base + i as u64 * 8;
                    if a >= start && a < end {
                        *w = 0;
                    }
                }
            }
        }
    }
}
