//! The hardware abstraction: everything the runtime needs from its environment. MMIO reads and
//! writes at an offset from the SMMU's base, DMA-coherent memory (a CPU handle plus the device
//! address), barriers ([`Hal`]), and a clock for bounded polling ([`Clock`], which every HAL is).
//! The userspace mock, bare-metal aarch64 and the Linux kernel each implement it; only
//! implementations contain `unsafe` code.
//!
//! The clock is a trait of its own because waiting is the one thing the runtime does outside the
//! locks of an environment that runs its parts under separate locks (`shared`): there a clock
//! that reaches no memory can be shared by every CPU while each HAL stays with its lock.

use core::fmt;
use core::ops::ControlFlow;

use super::queue::doorbell::Doorbell;

/// A block of zeroed, DMA-coherent memory.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct DmaBuf {
    /// The implementation's handle for CPU access (an index, a pointer value, ...).
    pub handle: usize,
    /// The address the device uses.
    pub addr: u64,
    /// Size in bytes (a multiple of 8).
    pub bytes: usize,
}

impl DmaBuf {
    /// Number of 64-bit words.
    pub const fn words(&self) -> usize {
        self.bytes / 8
    }

    /// The device address of word `i`.
    pub const fn word_addr(&self, i: usize) -> u64 {
        self.addr + (i as u64) * 8
    }
}

/// Why the environment refused a request.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum HalError {
    /// No DMA memory of that size and alignment is available.
    OutOfMemory {
        /// Bytes requested.
        bytes: usize,
    },
    /// The heap refused memory for the runtime's bookkeeping (see `store`).
    HeapExhausted {
        /// Bytes requested.
        bytes: usize,
    },
}

impl fmt::Display for HalError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            HalError::OutOfMemory { bytes } => {
                write!(f, "out of DMA memory ({bytes} bytes requested)")
            }
            HalError::HeapExhausted { bytes } => {
                write!(f, "out of memory for bookkeeping ({bytes} bytes requested)")
            }
        }
    }
}

/// A monotonic clock and bounded waiting. Every [`Hal`] is one; an environment that runs the
/// runtime's parts under separate locks also has one that touches no device or memory, for the
/// waits between two looks under a lock.
pub trait Clock {
    /// A monotonic clock in nanoseconds, for timeouts.
    fn now_ns(&self) -> u64;
    /// Called in every iteration of a polling loop (a spin hint; a model may advance time).
    fn relax(&self);

    /// Calls `check` until it returns `Some`, for at most about `timeout_us` microseconds, and
    /// returns its answer (`None`: it never gave one). Every implementation must bound the
    /// wait and must not sleep (the runtime may run with interrupts off). The default spins on
    /// [`Clock::now_ns`] with [`Clock::relax`] between checks; an environment with its own bounded
    /// polling primitive (the Linux kernel's `io::poll`) may use it instead.
    fn poll_until<T>(&self, timeout_us: u64, check: &mut dyn FnMut() -> Option<T>) -> Option<T> {
        let start = self.now_ns();
        let limit = timeout_us.saturating_mul(1000);
        loop {
            if let Some(v) = check() {
                return Some(v);
            }
            if self.now_ns().saturating_sub(start) > limit {
                // One last look: the condition may have become true while the clock advanced.
                return check();
            }
            self.relax();
        }
    }
}

/// What [`Hal::dma_update`] did: words visited before `f` stopped it (all of them if it did
/// not), and words stored among them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Run {
    /// Words visited before the stop.
    pub visited: usize,
    /// Words `f` asked to store (`Continue(Some(_))`).
    pub stored: usize,
}

/// What the runtime needs from the machine it runs on.
pub trait Hal: Clock {
    /// Reads the 32-bit register at `offset` from the SMMU's MMIO base.
    fn mmio_read32(&self, offset: usize) -> u32;
    /// Writes the 32-bit register at `offset`.
    fn mmio_write32(&self, offset: usize, value: u32);
    /// Reads the 64-bit register at `offset` (a single 64-bit access).
    fn mmio_read64(&self, offset: usize) -> u64;
    /// Writes the 64-bit register at `offset` (a single 64-bit access).
    fn mmio_write64(&self, offset: usize, value: u64);

    /// Allocates `bytes` (a multiple of 8) of zeroed DMA-coherent memory aligned to `align`
    /// bytes (a power of two).
    fn dma_alloc(&self, bytes: usize, align: usize) -> Result<DmaBuf, HalError>;
    /// Frees memory from [`Hal::dma_alloc`].
    fn dma_free(&self, buf: DmaBuf);
    /// Reads 64-bit word `word` of `buf` (a single-copy-atomic load).
    fn dma_read(&self, buf: &DmaBuf, word: usize) -> u64;
    /// Writes 64-bit word `word` of `buf` (a single-copy-atomic store).
    fn dma_write(&self, buf: &DmaBuf, word: usize, value: u64);

    /// Visits words `first`, `first + 1`, ... of `buf`, at most `count` of them, in order:
    /// `f` gets each word's index and value and answers `Continue(Some(v))` to store `v`,
    /// `Continue(None)` to leave the word, or `Break(())` to stop there. Returns how many words
    /// were visited before the stop (all of them if none) and how many of them were stored.
    /// Loads and stores are the single-copy-atomic ones of [`Hal::dma_read`] and
    /// [`Hal::dma_write`]; words past the buffer's end are not visited. `f` must not call the
    /// HAL.
    ///
    /// `f` is taken by value and its state is its own (a `move` closure), so an implementation
    /// that inlines it keeps that state in registers across the volatile stores; what the
    /// caller needs back comes in the [`Run`].
    ///
    /// The default goes word by word through `dma_read` and `dma_write`; an implementation
    /// that checks a buffer handle on every access can check it once for the whole run (the
    /// page-table engine updates runs of up to a table's entries at a time).
    fn dma_update<F>(&self, buf: &DmaBuf, first: usize, count: usize, mut f: F) -> Run
    where
        F: FnMut(usize, u64) -> ControlFlow<(), Option<u64>>,
    {
        let end = first.saturating_add(count).min(buf.words());
        let mut stored = 0;
        for i in first..end {
            match f(i, self.dma_read(buf, i)) {
                ControlFlow::Continue(Some(v)) => {
                    self.dma_write(buf, i, v);
                    stored += 1;
                }
                ControlFlow::Continue(None) => {}
                ControlFlow::Break(()) => {
                    return Run {
                        visited: i - first,
                        stored,
                    }
                }
            }
        }
        Run {
            visited: end.saturating_sub(first),
            stored,
        }
    }

    /// Makes earlier memory writes visible to the device before later MMIO writes and memory
    /// writes (a `dsb st` on Arm).
    fn wmb(&self);
    /// Orders an MMIO read before later memory reads of what it announced (a `dsb ld`/`dmb`).
    fn rmb(&self);

    /// The [`Doorbell`] of the command queue this HAL's holder shares with CPUs that publish
    /// and look at it with no lock ([`Guarded::unlocked`](super::shared::Guarded::unlocked)):
    /// the HAL of a shared queue's lock has one, and the queue engine then leaves the producer
    /// register to it. `None` (the default) for a queue with one owner, which writes the
    /// register itself.
    fn doorbell(&self) -> Option<&Doorbell> {
        None
    }
}

/// The registers alone, with no DMA memory and no clock: what a CPU needs to publish commands
/// and look at a command queue with no lock held
/// ([`Unlocked`](super::queue::doorbell::Unlocked)). Every [`Hal`] is one.
pub trait Registers {
    /// Reads the 32-bit register at `offset` ([`Hal::mmio_read32`]).
    fn read32(&self, offset: usize) -> u32;
    /// Writes the 32-bit register at `offset` ([`Hal::mmio_write32`]).
    fn write32(&self, offset: usize, value: u32);
    /// Reads the 64-bit register at `offset` ([`Hal::mmio_read64`]).
    fn read64(&self, offset: usize) -> u64;
    /// Writes the 64-bit register at `offset` ([`Hal::mmio_write64`]).
    fn write64(&self, offset: usize, value: u64);
}

impl<H: Hal> Registers for H {
    #[inline]
    fn read32(&self, offset: usize) -> u32 {
        self.mmio_read32(offset)
    }
    #[inline]
    fn write32(&self, offset: usize, value: u32) {
        self.mmio_write32(offset, value)
    }
    #[inline]
    fn read64(&self, offset: usize) -> u64 {
        self.mmio_read64(offset)
    }
    #[inline]
    fn write64(&self, offset: usize, value: u64) {
        self.mmio_write64(offset, value)
    }
}

/// DMA memory every CPU may reach at once with no lock: the buffers of a [`Hal`] by their
/// [`DmaBuf::handle`], for the lock-free map, unmap and lookup of a
/// [`LeafView`](super::pgtable::LeafView).
///
/// A handle names the same memory for as long as the implementation lives: a buffer the HAL
/// frees and hands out again keeps its handle, and no handle ever comes to name memory given
/// back to the system. A caller holding a stale handle (one that breaks the DMA API's
/// contract, a map racing an unmap of the same range) thus reaches memory that is still a
/// table's: it can corrupt translations, as in Linux's io-pgtable, never other memory.
pub trait SharedDma: Sync {
    /// Visits words `first..first + count` of the buffer `handle` names as [`Hal::dma_update`]
    /// does (each load and store single-copy atomic; `f` must not call the HAL); `None`, with
    /// nothing visited, if no buffer has that handle. Words past the buffer's end are not
    /// visited.
    fn shared_update<F>(&self, handle: usize, first: usize, count: usize, f: F) -> Option<Run>
    where
        F: FnMut(usize, u64) -> ControlFlow<(), Option<u64>>;

    /// Word `word` of the buffer `handle` names (a single-copy-atomic load); `None` if no
    /// buffer has that handle or the word is past its end.
    fn shared_read(&self, handle: usize, word: usize) -> Option<u64>;
}
