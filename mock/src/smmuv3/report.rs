//! What the SMMUv3 model reports to a test besides its registers and memory: every event it
//! generated and what became of it (the engine's log), driver mistakes it noticed (accesses
//! real hardware would ignore or treat as UNPREDICTABLE), the interrupts it raised, and
//! counters.

use std::fmt;

use iommugen_runtime::smmuv3::spec::evtq::EVTQ_Event;

use crate::engine::record::{Logged, Misuse};

pub use crate::engine::record::EventFate;

/// One event the SMMU generated, with what became of it.
pub type LoggedEvent = Logged<EVTQ_Event>;

/// A driver mistake the model noticed. Real hardware ignores these accesses (or behaves
/// unpredictably); the model does what is noted and records them for tests to assert on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Violation {
    /// An MMIO access to an offset with no register (read as zero, write ignored).
    UnknownRegister {
        /// Byte offset.
        offset: usize,
        /// Access width in bits.
        width: u32,
        /// Whether it was a write.
        write: bool,
    },
    /// A 64-bit access to a 32-bit register, or a 32-bit access not on a register half.
    WrongWidth {
        /// The register.
        name: &'static str,
        /// Access width in bits.
        width: u32,
    },
    /// A write to a read-only register (ignored).
    ReadOnlyWrite {
        /// The register.
        name: &'static str,
        /// The value written.
        value: u64,
    },
    /// RES0 bits written as 1 (they keep reading as 0).
    Res0Written {
        /// The register.
        name: &'static str,
        /// The offending bits.
        bits: u64,
    },
    /// A write the architecture forbids while the related enable is set (ignored), such as
    /// STRTAB_BASE while SMMUEN is 1 or CMDQ_BASE while CMDQEN is 1.
    WriteWhileEnabled {
        /// The register.
        name: &'static str,
    },
    /// GBPA written without Update, or while an update is still in progress (ignored).
    GbpaWithoutUpdate,
    /// A CPU store to DMA memory was not followed by `Hal::wmb()` before this register write.
    MissingBarrier {
        /// The register written.
        before: &'static str,
    },
    /// `Hal::dma_read`/`dma_write` past the end of the buffer (read as zero, write ignored).
    DmaBufOutOfRange {
        /// The buffer's address.
        addr: u64,
        /// The word index used.
        word: usize,
    },
    /// `Hal::dma_free` of a buffer that is not a live allocation.
    BadFree {
        /// The buffer's address.
        addr: u64,
    },
    /// The SMMU read memory that the driver had freed (a table or queue still in use).
    FreedMemoryRead {
        /// Physical address.
        pa: u64,
        /// What was being read.
        what: &'static str,
    },
}

impl From<Misuse> for Violation {
    fn from(m: Misuse) -> Self {
        match m {
            Misuse::UnknownRegister {
                offset,
                width,
                write,
            } => Violation::UnknownRegister {
                offset,
                width,
                write,
            },
            Misuse::WrongWidth { name, width } => Violation::WrongWidth { name, width },
            Misuse::ReadOnlyWrite { name, value } => Violation::ReadOnlyWrite { name, value },
            Misuse::Res0Written { name, bits } => Violation::Res0Written { name, bits },
            Misuse::MissingBarrier { before } => Violation::MissingBarrier { before },
            Misuse::DmaBufOutOfRange { addr, word } => Violation::DmaBufOutOfRange { addr, word },
            Misuse::BadFree { addr } => Violation::BadFree { addr },
            Misuse::FreedMemoryRead { pa, what } => Violation::FreedMemoryRead { pa, what },
        }
    }
}

impl fmt::Display for Violation {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Violation::UnknownRegister {
                offset,
                width,
                write,
            } => {
                let op = if *write { "write to" } else { "read of" };
                write!(
                    f,
                    "{width}-bit {op} offset {offset:#x}, where there is no register"
                )
            }
            Violation::WrongWidth { name, width } => write!(f, "{width}-bit access to {name}"),
            Violation::ReadOnlyWrite { name, value } => {
                write!(f, "write of {value:#x} to read-only {name}")
            }
            Violation::Res0Written { name, bits } => {
                write!(f, "RES0 bits {bits:#x} of {name} written as 1")
            }
            Violation::WriteWhileEnabled { name } => {
                write!(f, "{name} written while its enable is set")
            }
            Violation::GbpaWithoutUpdate => {
                write!(f, "GBPA written without Update, or during an update")
            }
            Violation::MissingBarrier { before } => write!(
                f,
                "memory stores not ordered by wmb() before writing {before}"
            ),
            Violation::DmaBufOutOfRange { addr, word } => write!(
                f,
                "word {word} is past the end of the DMA buffer at {addr:#x}"
            ),
            Violation::BadFree { addr } => {
                write!(f, "free of {addr:#x}, which is not a live DMA allocation")
            }
            Violation::FreedMemoryRead { pa, what } => {
                write!(f, "the SMMU read freed memory at {pa:#x} ({what})")
            }
        }
    }
}

/// Interrupts raised since they were last taken (wired interrupts, or MSIs when the
/// configuration has them, in which case the MSI write happened too).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Irqs {
    /// Global error interrupts.
    pub gerror: u32,
    /// Event queue interrupts.
    pub evtq: u32,
    /// CMD_SYNC completions signalled with CS = SIG_IRQ.
    pub cmd_sync: u32,
}

/// Counters of what the model did.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Stats {
    /// Commands consumed (CONS moved past them).
    pub commands: u64,
    /// CMD_SYNCs completed.
    pub syncs: u64,
    /// Command errors (CMDQ_CONS.ERR set).
    pub command_errors: u64,
    /// STE fetches from memory (configuration cache misses).
    pub ste_fetches: u64,
    /// CD fetches from memory.
    pub cd_fetches: u64,
    /// Translation table descriptor reads.
    pub walk_reads: u64,
    /// IOTLB hits.
    pub tlb_hits: u64,
    /// IOTLB misses.
    pub tlb_misses: u64,
    /// `Hal::wmb()` calls.
    pub wmb: u64,
    /// `Hal::rmb()` calls.
    pub rmb: u64,
    /// DMA transactions played.
    pub dmas: u64,
}
