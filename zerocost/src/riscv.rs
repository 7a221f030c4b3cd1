//! RISC-V IOMMU pairs: the language's newer constructs (a page number held shifted, the
//! on/busy handshake inside one register, a leaf predicate over several bits, a command with an
//! opcode and a function) through the generated layer and by hand.

use crate::riscv_iommu::pagetables::sv39::Leaf;
use crate::riscv_iommu::regs::{cqcsr, ddtp};

/// `ddtp.PPN`, bits [53:10], holding address bits [55:12].
const DDTP_PPN_MASK: u64 = 0x003f_ffff_ffff_fc00;
/// `ddtp.busy`, bit [4].
const DDTP_BUSY: u64 = 1 << 4;
/// `cqcsr.cqen`, bit [0]; `cqcsr.cqon`, bit [16]; `cqcsr.busy`, bit [17].
const CQCSR_CQEN: u32 = 1 << 0;
const CQCSR_CQON: u32 = 1 << 16;
const CQCSR_BUSY: u32 = 1 << 17;
/// PTE bits V, R, W, X.
const PTE_V: u64 = 1 << 0;
const PTE_RWX: u64 = 0b1110;

/// The device directory's root address from `ddtp` through the generated API.
#[inline(never)]
#[no_mangle]
pub fn ddtp_root_gen(raw: u64) -> u64 {
    ddtp::from_bits(raw).PPN()
}

/// The same by hand: the PPN shifted back to an address.
#[inline(never)]
#[no_mangle]
pub fn ddtp_root_hand(raw: u64) -> u64 {
    ((raw & DDTP_PPN_MASK) >> 10) << 12
}

/// Whether `ddtp` has finished acting on a write, through the generated API.
#[inline(never)]
#[no_mangle]
pub fn ddtp_settled_gen(raw: u64) -> bool {
    ddtp::from_bits(raw).settled(ddtp::from_bits(0))
}

/// The same by hand.
#[inline(never)]
#[no_mangle]
pub fn ddtp_settled_hand(raw: u64) -> bool {
    raw & DDTP_BUSY == 0
}

/// Whether `cqcsr` reflects a written enable (busy clear, cqon equal to cqen), generated.
#[inline(never)]
#[no_mangle]
pub fn cqcsr_settled_gen(read: u32, written: u32) -> bool {
    cqcsr::from_bits(read).settled(cqcsr::from_bits(written))
}

/// The same by hand.
#[inline(never)]
#[no_mangle]
pub fn cqcsr_settled_hand(read: u32, written: u32) -> bool {
    read & CQCSR_BUSY == 0 && ((read & CQCSR_CQON) >> 16) == (written & CQCSR_CQEN)
}

/// Whether a PTE is a leaf (V and any of R, W, X), generated.
#[inline(never)]
#[no_mangle]
pub fn sv39_is_leaf_gen(raw: u64) -> bool {
    Leaf::matches(raw)
}

/// The same by hand.
#[inline(never)]
#[no_mangle]
pub fn sv39_is_leaf_hand(raw: u64) -> bool {
    raw & PTE_V != 0 && raw & PTE_RWX != 0
}
