//! Pairs of functions that do the same field access twice: once through the generated SMMUv3
//! or RISC-V IOMMU API (`*_gen`) and once by hand with shifts and masks (`*_hand`); the RISC-V
//! pairs are in [`riscv`].
//!
//! Every function is `#[inline(never)]` and `#[no_mangle]`, so each one is emitted as its own
//! symbol under a predictable name. `tests/asm.rs` compiles this crate to optimised assembly and
//! checks that each pair compiles to the same instruction sequence; `benches/fields.rs` times
//! both sides of each pair.
//!
//! The hand-written side is what a driver would write without the generated layer: a constant
//! mask, a shift, an `and`/`or`. Where the generated setter is fallible, the hand-written side
//! performs the same checks in the same order and reports them with the same [`FieldError`]
//! values, so both sides have the same observable behaviour.
#![no_std]

/// The generated layer, included exactly as `iommugen-examples` includes it.
#[rustfmt::skip] // generated code, formatted by its generator
#[path = "../../generated/smmuv3/core/mod.rs"]
pub mod smmuv3;

/// The RISC-V IOMMU layer, from `generated/riscv_iommu/core/`.
#[rustfmt::skip] // generated code, formatted by its generator
#[path = "../../generated/riscv_iommu/core/mod.rs"]
pub mod riscv_iommu;

pub mod riscv;

use smmuv3::entries::STE;
use smmuv3::enums::{StreamConfig, STE_S1DSS};
use smmuv3::regs::{CMDQ_BASE, CR0};
use smmuv3::support::FieldError;

// Hand-written field geometry, as a driver without the generated layer would spell it.

/// `CR0.SMMUEN`, bit [0].
const CR0_SMMUEN: u32 = 1 << 0;
/// `CR0.PRIQEN`, bit [1].
const CR0_PRIQEN: u32 = 1 << 1;
/// `CR0.EVENTQEN`, bit [2].
const CR0_EVENTQEN: u32 = 1 << 2;
/// `CR0.CMDQEN`, bit [3].
const CR0_CMDQEN: u32 = 1 << 3;
/// `CMDQ_BASE.LOG2SIZE`, bits [4:0].
const CMDQ_BASE_LOG2SIZE_MASK: u64 = 0x1f;
/// `STE.Config`, bits [3:1] of qword 0.
const STE0_CONFIG_SHIFT: u32 = 1;
const STE0_CONFIG_MASK: u64 = 0x7 << STE0_CONFIG_SHIFT;
/// `STE.Config` encoding `S1Trans`.
const STE_CONFIG_S1_TRANS: u64 = 0b101;
/// `STE.S1ContextPtr`, bits [55:6] of qword 0, holding address bits [55:6] in place.
const STE0_S1_CONTEXT_PTR_MASK: u64 = 0x00ff_ffff_ffff_ffc0;
/// `STE.S1DSS`, bits [65:64], i.e. bits [1:0] of qword 1.
const STE1_S1DSS_MASK: u64 = 0x3;
/// `STE.S1DSS` encoding `Bypass`.
const STE_S1DSS_BYPASS: u64 = 0b01;

// ---------------------------------------------------------------------------------------------
// A single-bit field of a 32-bit register: CR0.SMMUEN.

/// Reads `CR0.SMMUEN` through the generated API.
#[inline(never)]
#[no_mangle]
pub fn cr0_smmuen_gen(raw: u32) -> bool {
    CR0::from_bits(raw).SMMUEN()
}

/// Reads `CR0.SMMUEN` by hand.
#[inline(never)]
#[no_mangle]
pub fn cr0_smmuen_hand(raw: u32) -> bool {
    raw & CR0_SMMUEN != 0
}

/// Read-modify-write of `CR0.SMMUEN` through the generated API.
#[inline(never)]
#[no_mangle]
pub fn cr0_set_smmuen_gen(raw: u32, enable: bool) -> u32 {
    CR0::from_bits(raw).with_SMMUEN(enable).bits()
}

/// Read-modify-write of `CR0.SMMUEN` by hand.
#[inline(never)]
#[no_mangle]
pub fn cr0_set_smmuen_hand(raw: u32, enable: bool) -> u32 {
    (raw & !CR0_SMMUEN) | enable as u32
}

/// Enables the command queue, event queue and PRI queue and translation in one value,
/// through the generated API.
#[inline(never)]
#[no_mangle]
pub fn cr0_enable_all_gen(raw: u32) -> u32 {
    CR0::from_bits(raw)
        .with_CMDQEN(true)
        .with_EVENTQEN(true)
        .with_PRIQEN(true)
        .with_SMMUEN(true)
        .bits()
}

/// The same four enables by hand.
#[inline(never)]
#[no_mangle]
pub fn cr0_enable_all_hand(raw: u32) -> u32 {
    raw | CR0_CMDQEN | CR0_EVENTQEN | CR0_PRIQEN | CR0_SMMUEN
}

// ---------------------------------------------------------------------------------------------
// A multi-bit unsigned field of a 64-bit register: CMDQ_BASE.LOG2SIZE.

/// Reads `CMDQ_BASE.LOG2SIZE` through the generated API.
#[inline(never)]
#[no_mangle]
pub fn cmdq_base_log2size_gen(raw: u64) -> u8 {
    CMDQ_BASE::from_bits(raw).LOG2SIZE()
}

/// Reads `CMDQ_BASE.LOG2SIZE` by hand.
#[inline(never)]
#[no_mangle]
pub fn cmdq_base_log2size_hand(raw: u64) -> u8 {
    (raw & CMDQ_BASE_LOG2SIZE_MASK) as u8
}

/// Writes `CMDQ_BASE.LOG2SIZE` through the generated, checked setter.
#[inline(never)]
#[no_mangle]
pub fn cmdq_base_set_log2size_gen(raw: u64, log2size: u8) -> Result<u64, FieldError> {
    Ok(CMDQ_BASE::from_bits(raw).with_LOG2SIZE(log2size)?.bits())
}

/// Writes `CMDQ_BASE.LOG2SIZE` by hand, with the same range check.
#[inline(never)]
#[no_mangle]
pub fn cmdq_base_set_log2size_hand(raw: u64, log2size: u8) -> Result<u64, FieldError> {
    let v = log2size as u64;
    if v & !CMDQ_BASE_LOG2SIZE_MASK != 0 {
        return Err(FieldError::OutOfRange {
            field: "LOG2SIZE",
            value: v,
            max: CMDQ_BASE_LOG2SIZE_MASK,
        });
    }
    Ok((raw & !CMDQ_BASE_LOG2SIZE_MASK) | v)
}

/// Writes `CMDQ_BASE.LOG2SIZE` through the generated setter with a value known to fit, so the
/// check (and the `unwrap`'s panic path) must disappear.
#[inline(never)]
#[no_mangle]
pub fn cmdq_base_set_log2size_fitting_gen(raw: u64, log2size: u8) -> u64 {
    CMDQ_BASE::from_bits(raw)
        .with_LOG2SIZE(log2size & 0x1f)
        .unwrap()
        .bits()
}

/// Writes a value known to fit into `CMDQ_BASE.LOG2SIZE` by hand, with no check.
#[inline(never)]
#[no_mangle]
pub fn cmdq_base_set_log2size_fitting_hand(raw: u64, log2size: u8) -> u64 {
    (log2size as u64 & CMDQ_BASE_LOG2SIZE_MASK) | (raw & !CMDQ_BASE_LOG2SIZE_MASK)
}

// ---------------------------------------------------------------------------------------------
// An enumerated field in STE qword 0: Config = S1Trans.

/// Sets `STE.Config` to `S1Trans` through the generated API.
#[inline(never)]
#[no_mangle]
pub fn ste_set_config_s1trans_gen(ste: &mut STE) {
    *ste = ste.with_Config(StreamConfig::S1Trans);
}

/// Sets `STE.Config` to `S1Trans` by hand.
#[inline(never)]
#[no_mangle]
pub fn ste_set_config_s1trans_hand(ste: &mut [u64; 8]) {
    ste[0] = (ste[0] & !STE0_CONFIG_MASK) | (STE_CONFIG_S1_TRANS << STE0_CONFIG_SHIFT);
}

/// Reads the raw `STE.Config` encoding through the generated API.
#[inline(never)]
#[no_mangle]
pub fn ste_config_bits_gen(ste: &STE) -> u64 {
    ste.Config_bits()
}

/// Reads the raw `STE.Config` encoding by hand.
#[inline(never)]
#[no_mangle]
pub fn ste_config_bits_hand(ste: &[u64; 8]) -> u64 {
    (ste[0] & STE0_CONFIG_MASK) >> STE0_CONFIG_SHIFT
}

// ---------------------------------------------------------------------------------------------
// An enumerated field in STE qword 1: S1DSS.

/// Sets `STE.S1DSS` to `Bypass` through the generated API.
#[inline(never)]
#[no_mangle]
pub fn ste_set_s1dss_bypass_gen(ste: &mut STE) {
    *ste = ste.with_S1DSS(STE_S1DSS::Bypass);
}

/// Sets `STE.S1DSS` to `Bypass` by hand.
#[inline(never)]
#[no_mangle]
pub fn ste_set_s1dss_bypass_hand(ste: &mut [u64; 8]) {
    ste[1] = (ste[1] & !STE1_S1DSS_MASK) | STE_S1DSS_BYPASS;
}

/// Reads the raw `STE.S1DSS` encoding through the generated API.
#[inline(never)]
#[no_mangle]
pub fn ste_s1dss_bits_gen(ste: &STE) -> u64 {
    ste.S1DSS_bits()
}

/// Reads the raw `STE.S1DSS` encoding by hand.
#[inline(never)]
#[no_mangle]
pub fn ste_s1dss_bits_hand(ste: &[u64; 8]) -> u64 {
    ste[1] & STE1_S1DSS_MASK
}

// ---------------------------------------------------------------------------------------------
// An address field in STE qword 0: S1ContextPtr, bits [55:6] holding address bits [55:6].

/// Reads `STE.S1ContextPtr` as an address through the generated API.
#[inline(never)]
#[no_mangle]
pub fn ste_s1_context_ptr_gen(ste: &STE) -> u64 {
    ste.S1ContextPtr()
}

/// Reads `STE.S1ContextPtr` as an address by hand.
#[inline(never)]
#[no_mangle]
pub fn ste_s1_context_ptr_hand(ste: &[u64; 8]) -> u64 {
    ste[0] & STE0_S1_CONTEXT_PTR_MASK
}

/// Writes an address known to be 64-byte aligned (but not known to be below 2^56) into
/// `STE.S1ContextPtr` through the generated, checked setter: the alignment check must
/// disappear and only the range check remain.
#[inline(never)]
#[no_mangle]
pub fn ste_set_s1_context_ptr_aligned_gen(ste: &mut STE, cd_table: u64) -> Result<(), FieldError> {
    ste.set_S1ContextPtr(cd_table & !0x3f)
}

/// Writes an address known to be 64-byte aligned into `STE.S1ContextPtr` by hand, with the same
/// range check.
#[inline(never)]
#[no_mangle]
pub fn ste_set_s1_context_ptr_aligned_hand(
    ste: &mut [u64; 8],
    cd_table: u64,
) -> Result<(), FieldError> {
    let addr = cd_table & !0x3f;
    if addr >> 56 != 0 {
        return Err(FieldError::OutOfRange {
            field: "S1ContextPtr",
            value: addr,
            max: STE0_S1_CONTEXT_PTR_MASK | 0x3f,
        });
    }
    ste[0] = (ste[0] & !STE0_S1_CONTEXT_PTR_MASK) | addr;
    Ok(())
}

/// Writes an address known to be 64-byte aligned and below 2^56 into `STE.S1ContextPtr`
/// through the generated, checked setter: both checks (and the `unwrap`'s panic path) must
/// disappear.
#[inline(never)]
#[no_mangle]
pub fn ste_set_s1_context_ptr_in_range_gen(ste: &mut STE, cd_table: u64) {
    *ste = ste
        .with_S1ContextPtr(cd_table & STE0_S1_CONTEXT_PTR_MASK)
        .unwrap();
}

/// Writes an address known to be 64-byte aligned and below 2^56 into `STE.S1ContextPtr` by
/// hand, with no check.
#[inline(never)]
#[no_mangle]
pub fn ste_set_s1_context_ptr_in_range_hand(ste: &mut [u64; 8], cd_table: u64) {
    let addr = cd_table & STE0_S1_CONTEXT_PTR_MASK;
    ste[0] = (ste[0] & !STE0_S1_CONTEXT_PTR_MASK) | addr;
}

/// Writes an arbitrary address into `STE.S1ContextPtr` through the generated, checked setter.
#[inline(never)]
#[no_mangle]
pub fn ste_try_set_s1_context_ptr_gen(ste: &mut STE, cd_table: u64) -> Result<(), FieldError> {
    ste.set_S1ContextPtr(cd_table)
}

/// Writes an arbitrary address into `STE.S1ContextPtr` by hand, with the same alignment and
/// range checks in the same order and the same errors.
#[inline(never)]
#[no_mangle]
pub fn ste_try_set_s1_context_ptr_hand(
    ste: &mut [u64; 8],
    cd_table: u64,
) -> Result<(), FieldError> {
    let err = if cd_table & 0x3f != 0 {
        FieldError::Misaligned {
            field: "S1ContextPtr",
            value: cd_table,
            align: 0x40,
        }
    } else if cd_table >> 56 != 0 {
        FieldError::OutOfRange {
            field: "S1ContextPtr",
            value: cd_table,
            max: STE0_S1_CONTEXT_PTR_MASK | 0x3f,
        }
    } else {
        ste[0] = (ste[0] & !STE0_S1_CONTEXT_PTR_MASK) | cd_table;
        return Ok(());
    };
    Err(err)
}

/// The pairs that must compile to the same instructions: each `NAME` has `NAME_gen` and
/// `NAME_hand` above.
pub const PAIRS: &[&str] = &[
    "cr0_smmuen",
    "cr0_set_smmuen",
    "cr0_enable_all",
    "cmdq_base_log2size",
    "cmdq_base_set_log2size",
    "cmdq_base_set_log2size_fitting",
    "ste_set_config_s1trans",
    "ste_config_bits",
    "ste_set_s1dss_bypass",
    "ste_s1dss_bits",
    "ste_s1_context_ptr",
    "ste_set_s1_context_ptr_aligned",
    "ste_set_s1_context_ptr_in_range",
    "ste_try_set_s1_context_ptr",
    "ddtp_root",
    "ddtp_settled",
    "cqcsr_settled",
    "sv39_is_leaf",
];

/// Pairs where the generated code is known to cost more than the hand-written code, with the
/// reason. `tests/asm.rs` reports their difference and fails if one stops differing, so that it
/// moves to [`PAIRS`] once the generator is fixed. Empty: every pair compiles identically.
pub const KNOWN_OVERHEAD: &[(&str, &str)] = &[];
