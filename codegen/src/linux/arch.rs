//! The architectures the Linux backend writes a module for. For each, what the spec does not
//! say and the module needs: the runtime's module tree that drives the IOMMU (`runtime/src/<arch>`),
//! how the kernel finds the IOMMU (a platform device matched by the spec's OF `compatible`
//! strings, or a PCI function matched by vendor and device IDs), how it interrupts, the `make`
//! words of its kernel, whether a test module goes with it, and its glue templates
//! (`templates/<runtime>/`: the driver's probe and the IOMMU-core callbacks over that runtime).
//! Everything else (the module's name, the MMIO size, the doc, the `iommu/` abstraction, the HAL,
//! the runtime's copy and its lean generated layer) comes from the spec and the shared templates.

/// A PCI function the driver binds: vendor and device ID.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PciId {
    pub vendor: u16,
    pub device: u16,
    /// Whose ID it is, for the generated comment.
    pub what: &'static str,
    /// The vendor's name in the kernel's `pci::Vendor` (the Rust PCI API builds a vendor only
    /// from its list); `None`: the function is matched by class and its IDs checked in probe.
    pub kernel_vendor: Option<&'static str>,
}

/// How the kernel finds the IOMMU.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Bus {
    /// A platform device described by the firmware, matched by the spec's OF compatible strings.
    Platform,
    /// A PCI function with one of `ids`; `class` (24 bits: class, subclass, programming
    /// interface) matches those whose vendor the kernel's list lacks, and probe checks the IDs.
    Pci { ids: &'static [PciId], class: u32 },
}

/// How the IOMMU interrupts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Interrupts {
    /// Wired interrupts the firmware names (`interrupt-names`), one handler each.
    Wired(&'static [&'static str]),
    /// MSI-X vectors of the PCI function, one per interrupt cause, in this order (the cause's
    /// vector number is its index, or the last vector when the function has fewer).
    Msix(&'static [&'static str]),
}

/// The optional parts of the shared templates the architecture's glue uses: the module carries
/// only those (no dead code, no allowance for it).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Uses {
    /// `KernelHal::sibling`: state behind locks of its own, each with its own HAL.
    pub sibling_hals: bool,
    /// The memory types of a mapping (`Prot::CACHE`, `Prot::MMIO`).
    pub memory_types: bool,
    /// A software-managed MSI window among the reserved regions (`get_resv_regions`).
    pub sw_msi: bool,
    /// Deferred invalidation: the core's flush queue (`IotlbGather::queued`).
    pub flush_queue: bool,
}

/// One architecture's part of the module.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LinuxArch {
    /// The spec it serves (`Spec::name`).
    pub spec: &'static str,
    /// The runtime's module tree that drives it (`runtime/src/<runtime>`), and the cargo
    /// feature that declares it.
    pub runtime: &'static str,
    /// The module of that tree with its `CommandQueue` (the core's queue engine over the
    /// architecture's commands), which the shared `locks.rs` puts behind a spinlock; its
    /// `domain` module has the `DomainTables` each paging domain's lock guards.
    pub command_queue: &'static str,
    /// The kernel's `make` words for an out-of-tree build.
    pub make: &'static str,
    pub bus: Bus,
    pub interrupts: Interrupts,
    /// Whether the test module (`<module>_test`: KUnit suites, edu DMA checks) goes with it.
    pub test_module: bool,
    /// Whether the kernel's DMA API gives devices translating default domains on the
    /// architecture (`IOMMU_DMA`): the edu checks' DMA from an unmapped IOVA faults only then.
    pub dma_translated: bool,
    pub uses: Uses,
}

/// The SMMUv3: a platform device (device tree `arm,smmu-v3`), wired `eventq` and `gerror`
/// interrupts.
pub const SMMUV3: LinuxArch = LinuxArch {
    spec: "smmuv3",
    runtime: "smmuv3",
    command_queue: "cmdq",
    make: "ARCH=arm64 CROSS_COMPILE=aarch64-linux-gnu-",
    bus: Bus::Platform,
    interrupts: Interrupts::Wired(&["eventq", "gerror"]),
    test_module: true,
    dma_translated: true,
    uses: Uses {
        sibling_hals: true,
        memory_types: true,
        sw_msi: true,
        flush_queue: true,
    },
};

/// The RISC-V IOMMU as a PCI function (class 0x0806, its registers in BAR0, MSI-X vectors):
/// QEMU's `riscv-iommu-pci` (Red Hat's 1b36:0014) and the ID Linux's C driver
/// also binds (Rivos, 1efd:edf1). Its four interrupt causes (`icvec`, 5.16): command queue, fault
/// queue, performance monitoring, page-request queue.
pub const RISCV_IOMMU: LinuxArch = LinuxArch {
    spec: "riscv_iommu",
    runtime: "riscv",
    command_queue: "cq",
    make: "ARCH=riscv LLVM=-19",
    bus: Bus::Pci {
        ids: &[
            PciId {
                vendor: 0x1b36,
                device: 0x0014,
                what: "QEMU's riscv-iommu-pci (Red Hat)",
                kernel_vendor: Some("REDHAT"),
            },
            PciId {
                vendor: 0x1efd,
                device: 0xedf1,
                what: "Rivos",
                kernel_vendor: None,
            },
        ],
        // Base class 0x08 (system peripheral), subclass 0x06 (IOMMU), interface 0x00.
        class: 0x08_0600,
    },
    interrupts: Interrupts::Msix(&["cq", "fq", "pm", "pq"]),
    test_module: true,
    // Linux 7.3: `IOMMU_DMA` is `def_bool ARM64 || X86 || S390`.
    dma_translated: false,
    // The state, the command queue and each domain's tables behind locks of their own, each
    // with its HAL; leaves without memory types (PBMT = 0); no MSI window (no IOMMU_DMA on
    // RISC-V, and MSIs of devices in paging domains would need the MSI page table, which the
    // runtime does not drive); strict invalidation only.
    uses: Uses {
        sibling_hals: true,
        memory_types: false,
        sw_msi: false,
        flush_queue: false,
    },
};

/// Every architecture with a module.
pub const ARCHES: &[LinuxArch] = &[SMMUV3, RISCV_IOMMU];

/// The architecture of spec `name`, if the backend writes a module for it.
pub fn of(name: &str) -> Option<&'static LinuxArch> {
    ARCHES.iter().find(|a| a.spec == name)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_spec_has_one_architecture() {
        assert_eq!(of("smmuv3"), Some(&SMMUV3));
        assert_eq!(of("riscv_iommu"), Some(&RISCV_IOMMU));
        assert_eq!(of("toy"), None);
        for (i, a) in ARCHES.iter().enumerate() {
            assert!(ARCHES[i + 1..]
                .iter()
                .all(|b| b.spec != a.spec && b.runtime != a.runtime));
        }
    }
}
