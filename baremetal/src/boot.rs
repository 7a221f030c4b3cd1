//! Entry and exceptions: `_start` parks secondary CPUs, masks interrupts, installs the vector
//! table, enables FP/SIMD (CPACR_EL1.FPEN, before any Rust code: the compiler uses SIMD
//! registers for copies), sets the stack, zeroes .bss and calls `main`. Every exception is
//! fatal: it is reported as a failure of the running test and QEMU exits with status 1.
//! The panic handler does the same.

#![allow(unsafe_code)]

use core::arch::global_asm;
use core::fmt::Write;

use crate::hal::{self, Uart};

global_asm!(
    r#"
    .pushsection .text.boot, "ax"
    .global _start
_start:
    mrs     x0, mpidr_el1
    and     x0, x0, #0xff
    cbnz    x0, 9f
    msr     daifset, #0xf
    ldr     x0, =__vectors
    msr     vbar_el1, x0
    mov     x0, #(3 << 20)
    msr     cpacr_el1, x0
    isb
    ldr     x0, =__stack_top
    mov     sp, x0
    ldr     x0, =__bss_start
    ldr     x1, =__bss_end
1:  cmp     x0, x1
    b.hs    2f
    str     xzr, [x0], #8
    b       1b
2:  bl      boot_main
9:  wfe
    b       9b
    .ltorg
    .popsection

    .macro  vector kind
    .balign 0x80
    mov     x0, #\kind
    mrs     x1, esr_el1
    mrs     x2, elr_el1
    mrs     x3, far_el1
    b       boot_exception
    .endm

    .pushsection .text.vectors, "ax"
    .balign 0x800
__vectors:
    vector 0
    vector 1
    vector 2
    vector 3
    vector 4
    vector 5
    vector 6
    vector 7
    vector 8
    vector 9
    vector 10
    vector 11
    vector 12
    vector 13
    vector 14
    vector 15
    .popsection
"#
);

extern "C" {
    static __image_end: u8;
}

/// Called by `_start` with a stack, FP/SIMD enabled and .bss zeroed.
#[no_mangle]
extern "C" fn boot_main() -> ! {
    Uart::init();
    // Only the address of the linker symbol is taken; it is never read.
    let end = core::ptr::addr_of!(__image_end) as usize;
    if end > hal::HEAP_START {
        crate::runner::fatal(format_args!(
            "the image ends at {end:#x}, past the heap at {:#x}",
            hal::HEAP_START
        ));
    }
    crate::main()
}

/// Every exception lands here (from the vector table): report and exit.
#[no_mangle]
extern "C" fn boot_exception(kind: u64, esr: u64, elr: u64, far: u64) -> ! {
    const KINDS: [&str; 4] = ["synchronous", "IRQ", "FIQ", "SError"];
    let from = [
        "current EL, SP0",
        "current EL, SPx",
        "lower EL, AArch64",
        "lower EL, AArch32",
    ][(kind / 4) as usize % 4];
    crate::runner::fatal(format_args!(
        "{} exception ({from}): ESR_EL1={esr:#x} (EC {:#x}) ELR_EL1={elr:#x} FAR_EL1={far:#x}",
        KINDS[(kind % 4) as usize],
        esr >> 26
    ))
}

#[panic_handler]
fn panic(info: &core::panic::PanicInfo) -> ! {
    crate::runner::fatal(format_args!("panic: {info}"))
}

/// Writes to the console without allocating (for fatal paths).
pub fn emergency_print(args: core::fmt::Arguments) {
    let _ = Uart.write_fmt(args);
}
