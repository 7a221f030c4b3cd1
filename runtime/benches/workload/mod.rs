//! What the page-table benchmarks share: the random workload's page orders, and the HALs the
//! engine runs on ([`BenchHal`]: the checked `TestHal`, and [`HeapHal`], which allocates and
//! accesses memory as the peer crates do).

/// A deterministic xorshift generator (no `rand` dependency needed).
pub struct Rng(pub u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    fn shuffle<T>(&mut self, v: &mut [T]) {
        for i in (1..v.len()).rev() {
            let j = (self.next() % (i as u64 + 1)) as usize;
            v.swap(i, j);
        }
    }
}

/// `count` distinct pages of `page` bytes of the window `[base, base + size)` in a map order
/// and an unmap order.
pub fn random_pages(base: u64, size: u64, page: u64, count: usize) -> (Vec<u64>, Vec<u64>) {
    let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
    let mut all: Vec<u64> = (0..size / page).map(|i| base + i * page).collect();
    rng.shuffle(&mut all);
    all.truncate(count);
    let map_order = all.clone();
    rng.shuffle(&mut all);
    (map_order, all)
}

/// A HAL whose DMA memory comes from the global allocator, zeroed, as the peer crates' tables
/// do (`alloc_zeroed` of a page, freed with `dealloc`), and whose descriptor accesses are plain
/// loads and stores through the buffer's pointer after a bounds check: the engine then
/// allocates and touches memory as its peers do, where `TestHal` keeps a checked arena (a
/// B-tree of live blocks, per-size free lists, poisoning on free) for tests. No barriers (the
/// peers issue none on the host), no MMIO.
#[derive(Debug, Default)]
pub struct HeapHal {
    live: std::cell::Cell<usize>,
}

impl HeapHal {
    /// Buffers allocated and not yet freed.
    pub fn live_allocations(&self) -> usize {
        self.live.get()
    }

    /// The layout of a buffer of `bytes`: aligned to its size rounded up to a power of two
    /// (tables are aligned to their size), at least 8.
    fn layout(bytes: usize) -> Option<std::alloc::Layout> {
        std::alloc::Layout::from_size_align(bytes, bytes.next_power_of_two().max(8)).ok()
    }
}

impl iommugen_runtime::hal::Clock for HeapHal {
    fn now_ns(&self) -> u64 {
        0
    }

    fn relax(&self) {}
}

impl iommugen_runtime::hal::Hal for HeapHal {
    fn mmio_read32(&self, _offset: usize) -> u32 {
        0
    }

    fn mmio_write32(&self, _offset: usize, _value: u32) {}

    fn mmio_read64(&self, _offset: usize) -> u64 {
        0
    }

    fn mmio_write64(&self, _offset: usize, _value: u64) {}

    fn dma_alloc(
        &self,
        bytes: usize,
        align: usize,
    ) -> Result<iommugen_runtime::hal::DmaBuf, iommugen_runtime::hal::HalError> {
        let oom = iommugen_runtime::hal::HalError::OutOfMemory { bytes };
        let layout = Self::layout(bytes).ok_or(oom)?;
        assert!(align <= layout.align(), "alignment {align} above the size");
        // SAFETY: the layout has a non-zero size (the runtime allocates whole tables).
        let p = unsafe { std::alloc::alloc_zeroed(layout) };
        if p.is_null() {
            return Err(iommugen_runtime::hal::HalError::OutOfMemory { bytes });
        }
        self.live.set(self.live.get() + 1);
        Ok(iommugen_runtime::hal::DmaBuf {
            handle: p as usize,
            addr: p as u64,
            bytes,
        })
    }

    fn dma_free(&self, buf: iommugen_runtime::hal::DmaBuf) {
        let layout = Self::layout(buf.bytes).expect("a buffer this HAL allocated");
        self.live.set(self.live.get() - 1);
        // SAFETY: allocated by `dma_alloc` with this layout (the size gives the alignment),
        // freed once (the runtime frees each table once).
        unsafe { std::alloc::dealloc(buf.handle as *mut u8, layout) }
    }

    #[inline(always)]
    fn dma_read(&self, buf: &iommugen_runtime::hal::DmaBuf, word: usize) -> u64 {
        assert!(word < buf.words(), "word {word} past the end of {buf:?}");
        // SAFETY: inside a live buffer of `buf.bytes` bytes from `dma_alloc`, 8-aligned.
        unsafe { (buf.handle as *const u64).add(word).read() }
    }

    #[inline(always)]
    fn dma_write(&self, buf: &iommugen_runtime::hal::DmaBuf, word: usize, value: u64) {
        assert!(word < buf.words(), "word {word} past the end of {buf:?}");
        // SAFETY: as `dma_read`.
        unsafe { (buf.handle as *mut u64).add(word).write(value) }
    }

    fn wmb(&self) {}

    fn rmb(&self) {}
}

/// A HAL the benchmarks run the engine on: a fresh one, and how many buffers are live.
pub trait BenchHal: iommugen_runtime::hal::Hal {
    /// A new HAL with nothing allocated.
    fn fresh() -> Self;
    /// Buffers allocated and not yet freed.
    fn live(&self) -> usize;
}

impl BenchHal for iommugen_runtime::pgtable::testhal::TestHal {
    fn fresh() -> Self {
        Self::with_capacity(32 << 20)
    }

    fn live(&self) -> usize {
        self.live_allocations()
    }
}

impl BenchHal for HeapHal {
    fn fresh() -> Self {
        Self::default()
    }

    fn live(&self) -> usize {
        self.live_allocations()
    }
}
