//! The architectures `cargo xtask kernel` builds kernels for and boots: for each, how its kernel
//! and static userspace are compiled, the QEMU machine with its IOMMU, and the IOMMU drivers that
//! can serve that machine (Linux's own C driver built into the kernel, and the module iommugen
//! generates, where there is one). A new architecture, or a generated driver for an existing one,
//! is a new entry here plus its scenarios (`scenario.rs`).

/// How the kernel tree is compiled.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Toolchain {
    /// GCC with this `CROSS_COMPILE` prefix (Rust's bindgen still uses libclang).
    Cross(&'static str),
    /// LLVM with this version suffix (`LLVM=-19`: clang-19, ld.lld-19, llvm-ar-19, ...).
    Llvm(&'static str),
}

/// A generated module that drives the machine's IOMMU.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Generated {
    /// The spec it is generated from (`generated/<spec>/linux`).
    pub spec: &'static str,
    /// Kernel command-line words that keep the built-in C driver from registering in the boots
    /// the module serves (both drivers are in the one kernel).
    pub c_off: &'static str,
}

/// One architecture.
#[derive(Debug)]
pub struct Arch {
    /// Its name in reports and cache directories.
    pub name: &'static str,
    /// The kernel's `ARCH=`.
    pub make_arch: &'static str,
    pub toolchain: Toolchain,
    /// The kernel image `make` builds, relative to the build tree.
    pub image: &'static str,
    /// The C compiler of the static userspace (`/init`, `dma_map_benchmark`).
    pub user_cc: &'static str,
    /// The Rust target of the iommufd conformance harness, its linker and extra `rustflags`.
    pub user_target: &'static str,
    pub user_linker: &'static str,
    pub user_rustflags: &'static str,
    /// Debian packages its kernel and userspace need (beyond the common host tools).
    pub packages: &'static [&'static str],
    /// The QEMU binary and the Debian package that has it.
    pub qemu: &'static str,
    pub qemu_package: &'static str,
    /// QEMU's machine and CPU arguments.
    pub machine: &'static [&'static str],
    /// Devices before edu and the disks (the IOMMU, when it is a PCI function, so that the PCI
    /// addresses of the others stay put).
    pub first_devices: &'static [&'static str],
    /// The serial console's name on the kernel command line.
    pub console: &'static str,
    /// Linux's C driver for the IOMMU, as the iommufd suite names it (the driver bound to the
    /// IOMMU's device).
    pub c_driver: &'static str,
    /// The generated module for the IOMMU, if there is one.
    pub generated: Option<Generated>,
}

/// QEMU virt with an SMMUv3 (Cortex-A57); Linux's `arm-smmu-v3` and the generated SMMUv3 module.
pub const ARM64: Arch = Arch {
    name: "arm64",
    make_arch: "arm64",
    toolchain: Toolchain::Cross("aarch64-linux-gnu-"),
    image: "arch/arm64/boot/Image",
    user_cc: "aarch64-linux-gnu-gcc",
    user_target: "aarch64-unknown-linux-musl",
    user_linker: "rust-lld",
    user_rustflags: "",
    packages: &[
        "gcc-aarch64-linux-gnu",
        "binutils-aarch64-linux-gnu",
        "libc6-dev-arm64-cross",
    ],
    qemu: "qemu-system-aarch64",
    qemu_package: "qemu-system-arm",
    machine: &["-machine", "virt,iommu=smmuv3", "-cpu", "cortex-a57"],
    first_devices: &[],
    console: "ttyAMA0",
    c_driver: "arm-smmu-v3",
    generated: Some(Generated {
        spec: "smmuv3",
        c_off: "initcall_blacklist=arm_smmu_driver_init",
    }),
};

/// QEMU virt (riscv64) with the RISC-V IOMMU as a PCI function and the AIA's IMSIC for MSIs;
/// Linux's C driver (`drivers/iommu/riscv`). Rust in a RISC-V kernel needs the LLVM toolchain.
/// rustup distributes no standard library for `riscv64gc-unknown-linux-musl`, so the harness is
/// built for the glibc target, linked static by the cross GCC. The generated module
/// (`riscv_iommu`, a PCI driver) serves the boots that ask for it, with the C driver's PCI front
/// end kept from registering by `initcall_blacklist=riscv_iommu_pci_driver_init` (without the
/// module no device then joins an IOMMU group).
pub const RISCV64: Arch = Arch {
    name: "riscv64",
    make_arch: "riscv",
    toolchain: Toolchain::Llvm("-19"),
    image: "arch/riscv/boot/Image",
    user_cc: "riscv64-linux-gnu-gcc",
    user_target: "riscv64gc-unknown-linux-gnu",
    user_linker: "riscv64-linux-gnu-gcc",
    user_rustflags: "-Ctarget-feature=+crt-static",
    packages: &[
        "clang-19",
        "lld-19",
        "llvm-19",
        "gcc-riscv64-linux-gnu",
        "libc6-dev-riscv64-cross",
    ],
    qemu: "qemu-system-riscv64",
    qemu_package: "qemu-system-misc",
    machine: &["-machine", "virt,aia=aplic-imsic"],
    first_devices: &["-device", "riscv-iommu-pci"],
    console: "ttyS0",
    c_driver: "iommu_pci",
    generated: Some(Generated {
        spec: "riscv_iommu",
        c_off: "initcall_blacklist=riscv_iommu_pci_driver_init",
    }),
};

impl Arch {
    /// `make`'s toolchain words.
    pub fn make_args(&self) -> Vec<String> {
        let mut v = vec![format!("ARCH={}", self.make_arch)];
        match self.toolchain {
            Toolchain::Cross(prefix) => v.push(format!("CROSS_COMPILE={prefix}")),
            Toolchain::Llvm(suffix) => v.push(format!("LLVM={suffix}")),
        }
        v
    }

    /// The environment variables that point cargo at the harness's linker and flags.
    pub fn cargo_env(&self) -> Vec<(String, String)> {
        let t = self.user_target.to_uppercase().replace('-', "_");
        let mut v = vec![(
            format!("CARGO_TARGET_{t}_LINKER"),
            self.user_linker.to_string(),
        )];
        if !self.user_rustflags.is_empty() {
            v.push((
                format!("CARGO_TARGET_{t}_RUSTFLAGS"),
                self.user_rustflags.to_string(),
            ));
        }
        v
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn make_and_cargo_words() {
        assert_eq!(
            ARM64.make_args(),
            ["ARCH=arm64", "CROSS_COMPILE=aarch64-linux-gnu-"]
        );
        assert_eq!(RISCV64.make_args(), ["ARCH=riscv", "LLVM=-19"]);
        assert_eq!(
            RISCV64.cargo_env(),
            [
                (
                    "CARGO_TARGET_RISCV64GC_UNKNOWN_LINUX_GNU_LINKER".to_string(),
                    "riscv64-linux-gnu-gcc".to_string()
                ),
                (
                    "CARGO_TARGET_RISCV64GC_UNKNOWN_LINUX_GNU_RUSTFLAGS".to_string(),
                    "-Ctarget-feature=+crt-static".to_string()
                )
            ]
        );
        assert_eq!(ARM64.cargo_env().len(), 1);
    }
}
