//! The iommugen SMMUv3 driver runtime on bare-metal aarch64, under QEMU's `virt` machine with
//! `iommu=smmuv3` and the edu PCI device as a DMA master. Run with `cargo xtask qemu`.
//!
//! Unsafe code lives in `boot` (entry, vectors, panic), `mmio` (volatile windows), `heap` (the
//! global allocator), `hal`
//! (console, timer, exit, ECAM, heap, DMA pool, the runtime's HAL) and `edu` (mapping its BAR);
//! every other module is safe code.
#![no_std]
#![no_main]
#![deny(unsafe_code)]

extern crate alloc;

mod boot;
mod conformance;
mod console;
mod edu;
mod freelist;
mod hal;
mod heap;
mod hooks;
mod mmio;
mod pci;
mod runner;
mod tests;

fn main() -> ! {
    println!(
        "# iommugen bare-metal tests on QEMU virt: SMMUv3 at {:#x}, edu DMA master",
        hal::SMMU_BASE
    );
    let (_, frq) = hal::counter();
    println!("# generic timer at {frq} Hz");
    let mut edus = match edu::Edu::probe_all() {
        Ok(e) => e,
        Err(e) => runner::fatal(format_args!("{e}")),
    };
    let (root, bridges) = pci::enumerate();
    for f in root.iter().chain(bridges.iter().flat_map(|b| b.1.iter())) {
        println!(
            "# pci {:02x}:{:02x}.{} {:04x}:{:04x}{}",
            f.bus,
            f.dev,
            f.func,
            f.vendor,
            f.device,
            if f.is_bridge() {
                alloc::format!(" (bridge to bus {:#04x})", f.secondary_bus())
            } else {
                alloc::string::String::new()
            }
        );
    }
    for e in &edus {
        let f = e.function;
        println!(
            "# edu at {:02x}:{:02x}.{}: id {:#010x}, BAR0 at {:#x}, command {:#06x}, StreamID {:#x}",
            f.bus,
            f.dev,
            f.func,
            e.id(),
            e.bar,
            f.command(),
            e.sid
        );
    }
    let edu = edus.remove(0);
    let mut ctx = tests::Ctx {
        edu,
        geometry: edus,
        features: None,
    };
    runner::run_all(&mut ctx, tests::ALL)
}
