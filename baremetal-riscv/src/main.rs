//! The RISC-V IOMMU driver (`iommugen_runtime::riscv`) on QEMU's RISC-V IOMMU
//! (`-device riscv-iommu-pci`) on the riscv64 `virt` machine, bare metal, with the edu PCI
//! device as the DMA master. Run with `cargo xtask qemu`.
//!
//! Unsafe code lives in `main` (entry, trap, panic), `mmio` (volatile windows), `hal` (console,
//! exit, clock, ECAM, heap, DMA pool, the runtime's HAL), `iommu` (mapping its BAR) and `edu`
//! (mapping its BAR).
//! `pci`, `edu`, `freelist`, `heap`, `mmio`, `runner` and `conformance` (the suite's harness on
//! QEMU) are the aarch64 image's own modules, shared unchanged.
#![no_std]
#![no_main]
#![deny(unsafe_code)]

extern crate alloc;

use core::fmt::Write;

#[path = "../../baremetal/src/conformance.rs"]
mod conformance;
#[path = "../../baremetal/src/edu.rs"]
#[allow(dead_code)] // shared with the aarch64 image, which uses all of it
mod edu;
#[path = "../../baremetal/src/freelist.rs"]
mod freelist;
mod hal;
#[path = "../../baremetal/src/heap.rs"]
mod heap;
mod iommu;
#[path = "../../baremetal/src/mmio.rs"]
mod mmio;
#[path = "../../baremetal/src/pci.rs"]
#[allow(dead_code)] // shared with the aarch64 image, which uses all of it
mod pci;
#[path = "../../baremetal/src/runner.rs"]
#[allow(dead_code)] // shared with the aarch64 image, which uses all of it
mod runner;
mod suite;
mod tests;

/// Prints to the console.
#[macro_export]
macro_rules! println {
    ($($arg:tt)*) => {{
        let _ = core::fmt::Write::write_fmt(&mut $crate::hal::Uart, format_args!($($arg)*));
        $crate::hal::Uart::putc(b'\n');
    }};
}

#[allow(unsafe_code)]
mod boot {
    //! Entry, trap and panic: `_start` parks every hart but 0, sets the global and stack
    //! pointers, enables the FPU (mstatus.FS: the compiler may use FP registers), installs the
    //! trap vector, zeroes .bss and calls `main`. A trap or a panic fails the run.

    use core::arch::global_asm;

    global_asm!(
        r#"
        .pushsection .text.boot, "ax"
        .global _start
    _start:
        csrr    t0, mhartid
        bnez    t0, 9f
        .option push
        .option norelax
        la      gp, __global_pointer$
        .option pop
        la      sp, __stack_top
        li      t0, (1 << 13)
        csrs    mstatus, t0
        la      t0, __trap
        csrw    mtvec, t0
        la      t0, __bss_start
        la      t1, __bss_end
    1:  bgeu    t0, t1, 2f
        sd      zero, 0(t0)
        addi    t0, t0, 8
        j       1b
    2:  call    boot_main
    9:  wfi
        j       9b
        .balign 4
    __trap:
        csrr    a0, mcause
        csrr    a1, mepc
        csrr    a2, mtval
        j       boot_trap
        .popsection
    "#
    );

    #[unsafe(no_mangle)]
    extern "C" fn boot_main() -> ! {
        super::main()
    }

    #[unsafe(no_mangle)]
    extern "C" fn boot_trap(mcause: u64, mepc: u64, mtval: u64) -> ! {
        crate::println!("FAIL trap: mcause {mcause:#x} at {mepc:#x}, mtval {mtval:#x}");
        crate::hal::exit(1)
    }

    /// Prints without allocating (for a failure in the middle of a test).
    pub fn emergency_print(args: core::fmt::Arguments) {
        let _ = core::fmt::Write::write_fmt(&mut crate::hal::Uart, args);
    }

    #[panic_handler]
    fn panic(info: &core::panic::PanicInfo) -> ! {
        crate::println!("FAIL panic: {info}");
        crate::hal::exit(1)
    }
}

fn main() -> ! {
    let _ = writeln!(
        hal::Uart,
        "# iommugen bare-metal tests on QEMU riscv64 virt: riscv-iommu-pci, edu DMA master"
    );
    let mut ctx = match tests::Ctx::new() {
        Ok(c) => c,
        Err(e) => runner::fatal(format_args!("{e}")),
    };
    runner::run_all(&mut ctx, tests::ALL)
}
