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
}

/// How the kernel finds the IOMMU.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Bus {
    /// A platform device described by the firmware, matched by the spec's OF compatible strings.
    Platform,
    /// A PCI function, matched by these IDs.
    Pci(&'static [PciId]),
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

/// One architecture's part of the module.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LinuxArch {
    /// The spec it serves (`Spec::name`).
    pub spec: &'static str,
    /// The runtime's module tree that drives it (`runtime/src/<runtime>`), and the cargo
    /// feature that declares it.
    pub runtime: &'static str,
    /// The kernel's `make` words for an out-of-tree build.
    pub make: &'static str,
    pub bus: Bus,
    pub interrupts: Interrupts,
    /// Whether the test module (`<module>_test`: KUnit suites, edu DMA checks) goes with it.
    pub test_module: bool,
}

/// The SMMUv3: a platform device (device tree `arm,smmu-v3`), wired `eventq` and `gerror`
/// interrupts.
pub const SMMUV3: LinuxArch = LinuxArch {
    spec: "smmuv3",
    runtime: "smmuv3",
    make: "ARCH=arm64 CROSS_COMPILE=aarch64-linux-gnu-",
    bus: Bus::Platform,
    interrupts: Interrupts::Wired(&["eventq", "gerror"]),
    test_module: true,
};

/// The RISC-V IOMMU as a PCI function (RISC-V IOMMU 1.0, chapter 7: a PCIe IOMMU function of
/// class 0x0806 with its registers in BAR0 and MSI-X vectors programmed through the
/// `msi_cfg_tbl`): QEMU's `riscv-iommu-pci` (Red Hat's 1b36:0014) and the ID Linux's C driver
/// also binds (Rivos, 1efd:edf1). Its four interrupt causes (`icvec`, 5.16): command queue, fault
/// queue, performance monitoring, page-request queue.
pub const RISCV_IOMMU: LinuxArch = LinuxArch {
    spec: "riscv_iommu",
    runtime: "riscv",
    make: "ARCH=riscv LLVM=-19",
    bus: Bus::Pci(&[
        PciId {
            vendor: 0x1b36,
            device: 0x0014,
            what: "QEMU's riscv-iommu-pci (Red Hat)",
        },
        PciId {
            vendor: 0x1efd,
            device: 0xedf1,
            what: "Rivos",
        },
    ]),
    interrupts: Interrupts::Msix(&["cq", "fq", "pm", "pq"]),
    test_module: false,
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
            assert!(ARCHES[i + 1..].iter().all(|b| b.spec != a.spec && b.runtime != a.runtime));
        }
    }
}
