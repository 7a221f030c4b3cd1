//! The boots `cargo xtask kernel` runs: each a kernel, an IOMMU driver and a command line for
//! its architecture's QEMU machine (arm64: SMMUv3; riscv64: the RISC-V IOMMU; edu and virtio-blk
//! disks behind it) and what its console must show.
//!
//! The initramfs's `/init` (`xtask/kernel/init.c`) reads the `iommugen.*` words: `blk=MIB` writes
//! and reads back a pattern on the disk with O_DIRECT and prints the throughput and what the
//! driver's debugfs counters did; `test=1` loads the driver's test module, whose KUnit suites
//! run when it loads and whose edu DMA checks print `N passed, M failed` (one of them is a DMA
//! from an unmapped IOVA, which the driver must report as a translation fault).

/// One boot.
pub struct Scenario {
    /// Its name (`IOMMUGEN_KERNEL_SCENARIOS=strict,fault` selects by name).
    pub name: &'static str,
    /// What it shows.
    pub what: &'static str,
    /// The kernel it boots.
    pub kernel: Kernel,
    /// vCPUs.
    pub smp: u32,
    /// Multi-threaded TCG (one host thread per vCPU); else the vCPUs take turns on one thread.
    pub mttcg: bool,
    /// Kernel command-line words; `{m}` stands for the module's name.
    pub append: &'static str,
    /// Whether the test module runs (its `N passed, M failed` line is required).
    pub selftest: bool,
    /// What the console must (not) show.
    pub expect: &'static [Expect],
    /// The IOMMU driver that serves the boot.
    pub driver: Driver,
    /// Its bound in seconds (0: `IOMMUGEN_KERNEL_TIMEOUT` or the default).
    pub timeout: u64,
    /// QEMU arguments beyond the common machine (more devices).
    pub qemu_extra: &'static [&'static str],
}

/// Which driver drives the IOMMU in a boot (both are in the one kernel).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Driver {
    /// The architecture's generated module ([`super::arch::Arch::generated`]); Linux's C
    /// driver is kept from registering.
    Ours,
    /// Linux's own C driver; `/init` does not load the module (if the initramfs has one).
    LinuxC,
}

/// A requirement on the console text; `{m}` stands for the module's name.
pub enum Expect {
    /// Some line contains this text.
    Line(&'static str),
    /// No line contains this text.
    NoLine(&'static str),
    /// init's `WHAT: the IOMMU driver handled ...` line shows `COUNTER +N` (N > 0).
    Moved(&'static str, &'static str),
    /// init's `WHAT: the IOMMU driver handled ...` line exists and does not show `COUNTER`.
    Still(&'static str, &'static str),
}

use super::arch::Arch;
use super::Kernel;
use Expect::{Line, Moved, NoLine, Still};

/// What every I/O scenario must show: the disk behind the SMMU, probed through the driver,
/// intact data, and a clean unload.
macro_rules! io_checks {
    ($($extra:expr),* $(,)?) => {
        &[
            Line("registered with the IOMMU core"),
            Line("sysfs bind/unbind: not offered"),
            Line("Adding to iommu group"),
            Line("virtio_blk"),
            Line("data intact"),
            NoLine("DATA CORRUPTED"),
            Line("with devices behind it: refused"),
            Line("removed "),
            Line("unloaded {m}"),
            Line("translation disabled"),
            // The devices behind the IOMMU are probed after it registered.
            NoLine("deferred probe timeout"),
            $($extra),*
        ]
    };
}

/// A line that shows an IOMMU driver registered and serves a device (Linux's C RISC-V IOMMU
/// driver prints nothing of its own when it probes).
const RISCV_PROBED: &str = "Adding to iommu group";

/// What the riscv64 I/O boots must show: the disk and edu in IOMMU groups with identity
/// domains (see above), intact data, throughput and benchmark figures, a clean unload.
macro_rules! riscv_io {
    ($($extra:expr),* $(,)?) => {
        &[
            Line(RISCV_PROBED),
            Line("iommu_pci 0000:00:01.0: enabling device"),
            Line("virtio_blk"),
            Line("iommugen-init: iommu group 2: type identity, devices 0000:00:03.0"),
            NoLine("type DMA"),
            Line("data intact"),
            NoLine("DATA CORRUPTED"),
            Line("blk: throughput"),
            Line("bench: threads=1 pages=1 "),
            Line("unloaded virtio_blk"),
            NoLine("deferred probe timeout"),
            $($extra),*
        ]
    };
}

/// What the riscv64 boots of the generated module must show: it probed the IOMMU as a PCI
/// driver and registered, the disk and edu joined IOMMU groups (identity: see below), the data
/// is intact, the driver mapped nothing (the kernel's DMA is not translated on RISC-V), and the
/// module unloaded cleanly once the devices were gone.
macro_rules! riscv_ours_io {
    ($($extra:expr),* $(,)?) => {
        &[
            Line("{m} 0000:00:01.0: capabilities"),
            Line("{m} 0000:00:01.0: enabled: 3-level device directory"),
            Line("registered with the IOMMU core"),
            Line("sysfs bind/unbind: not offered by /sys/bus/pci/drivers/{m}"),
            Line("serving 0000:00:03.0: device_id 0x18"),
            Line("iommugen-init: iommu group 2: type identity, devices 0000:00:03.0"),
            NoLine("type DMA"),
            Line("virtio_blk"),
            Line("data intact"),
            NoLine("DATA CORRUPTED"),
            Line("blk: throughput"),
            Still("blk", "map_calls"),
            Line("with devices behind it: refused"),
            Line("removed "),
            Line("unloaded {m}"),
            Line("translation disabled (ddtp Off)"),
            NoLine("deferred probe timeout"),
            NoLine("failed:"),
            $($extra),*
        ]
    };
}

// The riscv64 boots of the generated module (`iommugen_riscv_iommu`, Linux's C driver kept
// from registering). As with the C driver, the IOMMU core gives every group an identity
// default domain (no IOMMU_DMA on RISC-V): the module's identity domain is a device context
// that translates nothing (fsc and iohgatp Bare) in a 3-level device directory, so the
// disk's DMA goes through the IOMMU's directory walk but not through page tables, in strict,
// lazy and passthrough mode alike. Paging domains are reached through iommufd
// (`riscv-iommufd`).

/// The boots, in the order they run.
pub const SCENARIOS: &[Scenario] = &[
    Scenario {
        name: "strict",
        what: "the test module (KUnit suites, edu DMA through the driver), then virtio-blk DMA \
               through the driver's domains, strict invalidation",
        kernel: Kernel::Main,
        smp: 1,
        mttcg: true,
        append: "iommu.passthrough=0 iommu.strict=1 iommugen.test=1 iommugen.blk=32 iommugen.rounds=5",
        selftest: true,
        driver: Driver::Ours,
        timeout: 0,
        qemu_extra: &[],
        expect: &[
                Line("registered with the IOMMU core"),
                Line("sysfs bind/unbind: not offered"),
                Line("Adding to iommu group"),
                Line("virtio_blk"),
                Line("data intact"),
                NoLine("DATA CORRUPTED"),
                Line("with devices behind it: refused"),
                Line("removed "),
                Line("unloaded {m}"),
                Line("translation disabled"),
                NoLine("deferred probe timeout"),
                Line("DMA domain TLB invalidation policy: strict mode"),
                // The edu check's DMA from an unmapped IOVA, reported by the driver.
                Line("event F_TRANSLATION (0x10): StreamID 0x10 IOVA 0x10000"),
                Moved("blk", "map_calls"),
                Moved("blk", "unmap_calls"),
                Moved("blk", "tlbi_commands"),
                // The test module's KUnit suites: each passed, no case failed.
                Line("# {m}_commands: pass:4 fail:0"),
                Line("# {m}_pgtable: pass:3 fail:0"),
                Line("# {m}_hitless: pass:3 fail:0"),
                NoLine("not ok"),
        ],
    },
    Scenario {
        name: "lazy",
        what: "virtio-blk DMA through the driver's domains, lazy invalidation (flush queue)",
        kernel: Kernel::Main,
        smp: 1,
        mttcg: true,
        append: "iommu.passthrough=0 iommu.strict=0 iommugen.blk=32 iommugen.rounds=5",
        selftest: false,
        driver: Driver::Ours,
        timeout: 0,
        qemu_extra: &[],
        expect: io_checks![
            Line("DMA domain TLB invalidation policy: lazy mode"),
            Moved("blk", "map_calls"),
            Moved("blk", "unmap_calls"),
            Moved("blk", "flush_iotlb_all_calls"),
        ],
    },
    Scenario {
        name: "passthrough",
        what: "virtio-blk DMA with the identity domain (STE bypass): the baseline",
        kernel: Kernel::Main,
        smp: 1,
        mttcg: true,
        append: "iommu.passthrough=1 iommugen.blk=32 iommugen.rounds=5",
        selftest: false,
        driver: Driver::Ours,
        timeout: 0,
        qemu_extra: &[],
        expect: io_checks![Line("Default domain type: Passthrough"), Still("blk", "map_calls")],
    },
    Scenario {
        name: "fault",
        what: "the test module's DMA from an unmapped IOVA: a translation fault the driver reports; \
               power-off with the driver bound",
        kernel: Kernel::Main,
        smp: 1,
        mttcg: true,
        append: "iommu.passthrough=0 iommu.strict=1 iommugen.test=1 iommugen.keep=1",
        selftest: true,
        driver: Driver::Ours,
        timeout: 0,
        qemu_extra: &[],
        expect: &[
            Line("registered with the IOMMU core"),
            Line("DMA through the IOMMU after a translation fault: ok"),
            Line("{m} 9050000.smmuv3: event F_TRANSLATION (0x10): StreamID 0x10 IOVA 0x10000"),
            // The modules stay loaded, so power-off runs the driver's shutdown callback.
            Line("{m} 9050000.smmuv3: shutdown: translation disabled"),
            NoLine("deferred probe timeout"),
        ],
    },
    Scenario {
        name: "smp",
        what: "4 vCPUs on the lock-debugging kernel (lockdep, atomic sleep, spinlock checks), strict: \
               block I/O from 4 processes and on two disks at once, then a seeded soak of \
               concurrent DMA mappings of random sizes beside I/O on both disks",
        kernel: Kernel::Debug,
        smp: 4,
        // The vCPUs take turns on one host thread: real SMP for the guest (preemption and
        // interleaving between CPUs, lockdep's checks) at a pace that does not depend on how
        // busy the 2 host cores are. IOMMUGEN_TCG_THREAD=multi forces MTTCG (4 host threads
        // on 2 cores; `cargo xtask compare` measures that), where a boot takes about 35 s.
        mttcg: false,
        append: "iommu.passthrough=0 iommu.strict=1 iommugen.blk=16 iommugen.rounds=1 iommugen.par=4x1,2x2 \
                 iommugen.soak=15 iommugen.seed=7 iommugen.disks=2",
        selftest: false,
        driver: Driver::Ours,
        timeout: 0,
        qemu_extra: &[],
        expect: io_checks![
            Line("DMA domain TLB invalidation policy: strict mode"),
            Line("blk 4x1: throughput"),
            Line("blk 2x2: throughput"),
            Line("soak: PASS"),
            Moved("blk", "tlbi_commands"),
        ],
    },
    Scenario {
        name: "smp-lazy",
        what: "the `smp` boot in lazy mode (flush queue, deferred invalidation)",
        kernel: Kernel::Debug,
        smp: 4,
        // The vCPUs take turns on one host thread: real SMP for the guest (preemption and
        // interleaving between CPUs, lockdep's checks) at a pace that does not depend on how
        // busy the 2 host cores are. IOMMUGEN_TCG_THREAD=multi forces MTTCG (4 host threads
        // on 2 cores; `cargo xtask compare` measures that), where a boot takes about 35 s.
        mttcg: false,
        append: "iommu.passthrough=0 iommu.strict=0 iommugen.blk=16 iommugen.rounds=1 iommugen.par=4x1,2x2 \
                 iommugen.soak=15 iommugen.seed=11 iommugen.disks=2",
        selftest: false,
        driver: Driver::Ours,
        timeout: 0,
        qemu_extra: &[],
        expect: io_checks![
            Line("DMA domain TLB invalidation policy: lazy mode"),
            Line("blk 4x1: throughput"),
            Line("blk 2x2: throughput"),
            Line("soak: PASS"),
            Moved("blk", "flush_iotlb_all_calls"),
        ],
    },
    Scenario {
        name: "iommufd",
        what: "the conformance suite through iommufd and VFIO (two edu devices bound to vfio-pci, \
               depth 3) against the module",
        kernel: Kernel::Main,
        smp: 1,
        mttcg: true,
        append: IOMMUFD_APPEND,
        selftest: false,
        driver: Driver::Ours,
        timeout: IOMMUFD_TIMEOUT,
        qemu_extra: IOMMUFD_QEMU,
        expect: &[
            Line("registered with the IOMMU core"),
            Line("iommufd-conformance: RESULT iommugen_smmuv3"),
            Line(" 0 disagreement(s)"),
            Line("iommufd: the suite ran"),
            NoLine("DISAGREEMENT"),
            Line("unloaded {m}"),
            NoLine("deferred probe timeout"),
        ],
    },
    Scenario {
        name: "iommufd-c",
        what: "the same suite against Linux's C arm-smmu-v3 on the same kernel",
        kernel: Kernel::Main,
        smp: 1,
        mttcg: true,
        append: IOMMUFD_APPEND,
        selftest: false,
        driver: Driver::LinuxC,
        timeout: IOMMUFD_TIMEOUT,
        qemu_extra: IOMMUFD_QEMU,
        expect: &[
            Line("not loading {m} (iommugen.skip)"),
            Line("iommufd-conformance: RESULT arm-smmu-v3"),
            Line(" 0 disagreement(s)"),
            Line("iommufd: the suite ran"),
            NoLine("DISAGREEMENT"),
            NoLine("deferred probe timeout"),
        ],
    },
    // riscv64: QEMU virt with the RISC-V IOMMU (riscv-iommu-pci), Linux's C driver. Linux 7.3
    // has no IOMMU_DMA on RISC-V (`def_bool ARM64 || X86 || S390`), so the IOMMU core gives
    // every group an identity default domain whatever `iommu.passthrough` says: the kernel's own
    // DMA (virtio-blk, dma_map_benchmark) passes through the IOMMU untranslated. Translation
    // could only be reached through iommufd's paging domains, and VFIO refuses devices behind
    // this driver (`riscv-iommufd-c`).
    Scenario {
        name: "riscv-boot",
        what: "riscv64: Linux's C driver probes QEMU's RISC-V IOMMU, the devices join IOMMU groups; \
               no I/O, clean power-off",
        kernel: Kernel::Riscv64,
        smp: 1,
        mttcg: true,
        append: "iommu.passthrough=0 iommu.strict=1",
        selftest: false,
        driver: Driver::LinuxC,
        timeout: 0,
        qemu_extra: &[],
        expect: &[
            Line(RISCV_PROBED),
            Line("iommu_pci 0000:00:01.0: enabling device"),
            Line("iommugen-init: iommu group 1: type identity, devices 0000:00:02.0"),
            NoLine("type DMA"),
            NoLine("deferred probe timeout"),
        ],
    },
    Scenario {
        name: "riscv-strict",
        what: "riscv64: virtio-blk DMA behind Linux's C RISC-V IOMMU driver with \
               iommu.passthrough=0 iommu.strict=1, and dma_map_benchmark on edu",
        kernel: Kernel::Riscv64,
        smp: 1,
        mttcg: true,
        append: "iommu.passthrough=0 iommu.strict=1 iommugen.blk=32 iommugen.rounds=5 iommugen.bench=1",
        selftest: false,
        driver: Driver::LinuxC,
        timeout: 0,
        qemu_extra: &[],
        // The core asked for translated domains, and got identity ones (no IOMMU_DMA).
        expect: riscv_io![
            Line("Default domain type: Translated"),
            Line("DMA domain TLB invalidation policy: strict mode"),
        ],
    },
    Scenario {
        name: "riscv-lazy",
        what: "riscv64: the same with iommu.strict=0",
        kernel: Kernel::Riscv64,
        smp: 1,
        mttcg: true,
        append: "iommu.passthrough=0 iommu.strict=0 iommugen.blk=32 iommugen.rounds=5 iommugen.bench=1",
        selftest: false,
        driver: Driver::LinuxC,
        timeout: 0,
        qemu_extra: &[],
        expect: riscv_io![
            Line("Default domain type: Translated"),
            Line("DMA domain TLB invalidation policy: lazy mode"),
        ],
    },
    Scenario {
        name: "riscv-passthrough",
        what: "riscv64: the same with iommu.passthrough=1",
        kernel: Kernel::Riscv64,
        smp: 1,
        mttcg: true,
        append: "iommu.passthrough=1 iommugen.blk=32 iommugen.rounds=5 iommugen.bench=1",
        selftest: false,
        driver: Driver::LinuxC,
        timeout: 0,
        qemu_extra: &[],
        expect: riscv_io![Line("Default domain type: Passthrough")],
    },
    Scenario {
        name: "riscv-iommufd-c",
        what: "riscv64: the conformance suite through iommufd and VFIO (two edu devices, depth 3) \
               against Linux's C RISC-V IOMMU driver: Linux 7.3.4 does not let it start (the \
               driver reports no IOMMU_CAP_CACHE_COHERENCY, so vfio-pci's probe fails with \
               EINVAL); the boot checks exactly that",
        kernel: Kernel::Riscv64,
        smp: 1,
        mttcg: true,
        append: IOMMUFD_APPEND,
        selftest: false,
        driver: Driver::LinuxC,
        timeout: IOMMUFD_TIMEOUT,
        qemu_extra: IOMMUFD_QEMU,
        expect: &[
            Line(RISCV_PROBED),
            Line("vfio-pci 0000:00:02.0: probe with driver vfio-pci failed with error -22"),
            Line("iommufd-conformance: NOT RUN against riscv-iommu@0000:00:01.0"),
            Line("vfio-pci did not bind 0000:00:02.0: its probe failed"),
            Line("iommufd: the suite cannot run against this IOMMU driver"),
            NoLine("iommufd-conformance: RESULT"),
            NoLine("deferred probe timeout"),
        ],
    },
    // riscv64 with the generated module (see `riscv_ours_io!`).
    Scenario {
        name: "riscv-ours-strict",
        what: "riscv64: the generated module drives QEMU's RISC-V IOMMU (PCI driver, MSI-X), \
               its test module (KUnit suites, edu DMA through the driver), virtio-blk DMA \
               through its device contexts with iommu.passthrough=0 iommu.strict=1 (identity \
               domains: no IOMMU_DMA on RISC-V), dma_map_benchmark on edu, unload",
        kernel: Kernel::Riscv64,
        smp: 1,
        mttcg: true,
        append: "iommu.passthrough=0 iommu.strict=1 iommugen.test=1 iommugen.blk=32 iommugen.rounds=5 \
                 iommugen.bench=1",
        selftest: true,
        driver: Driver::Ours,
        timeout: 0,
        qemu_extra: &[],
        expect: riscv_ours_io![
            Line("Default domain type: Translated"),
            Line("DMA domain TLB invalidation policy: strict mode"),
            Line("bench: threads=1 pages=1 "),
            // The test module's edu checks through the identity domain, and its KUnit
            // suites: each passed, no case failed.
            Line("DMA RAM -> edu -> RAM through the IOMMU: ok"),
            Line("# {m}_commands: pass:4 fail:0"),
            Line("# {m}_pgtable: pass:3 fail:0"),
            Line("# {m}_hitless: pass:3 fail:0"),
            NoLine("not ok"),
        ],
    },
    Scenario {
        name: "riscv-ours-lazy",
        what: "riscv64: the same with iommu.strict=0",
        kernel: Kernel::Riscv64,
        smp: 1,
        mttcg: true,
        append: "iommu.passthrough=0 iommu.strict=0 iommugen.blk=32 iommugen.rounds=5 iommugen.bench=1",
        selftest: false,
        driver: Driver::Ours,
        timeout: 0,
        qemu_extra: &[],
        expect: riscv_ours_io![
            Line("Default domain type: Translated"),
            Line("DMA domain TLB invalidation policy: lazy mode"),
            Line("bench: threads=1 pages=1 "),
        ],
    },
    Scenario {
        name: "riscv-ours-passthrough",
        what: "riscv64: the same with iommu.passthrough=1",
        kernel: Kernel::Riscv64,
        smp: 1,
        mttcg: true,
        append: "iommu.passthrough=1 iommugen.blk=32 iommugen.rounds=5 iommugen.bench=1",
        selftest: false,
        driver: Driver::Ours,
        timeout: 0,
        qemu_extra: &[],
        expect: riscv_ours_io![Line("Default domain type: Passthrough"), Line("bench: threads=1 pages=1 ")],
    },
    Scenario {
        name: "riscv-ours-shutdown",
        what: "riscv64: power-off with the generated module bound: its shutdown callback turns the \
               IOMMU off",
        kernel: Kernel::Riscv64,
        smp: 1,
        mttcg: true,
        append: "iommu.passthrough=0 iommu.strict=1 iommugen.keep=1",
        selftest: false,
        driver: Driver::Ours,
        timeout: 0,
        qemu_extra: &[],
        expect: &[
            Line("registered with the IOMMU core"),
            Line("the modules stay loaded"),
            Line("{m} 0000:00:01.0: shutdown: translation disabled (ddtp Off)"),
            NoLine("deferred probe timeout"),
        ],
    },
    Scenario {
        name: "riscv-iommufd",
        what: "riscv64: the conformance suite through iommufd and VFIO (two edu devices bound to \
               vfio-pci, depth 3) against the generated module, which reports \
               IOMMU_CAP_CACHE_COHERENCY (the IOMMU's DMA is coherent) and so lets VFIO bind",
        kernel: Kernel::Riscv64,
        smp: 1,
        mttcg: true,
        append: IOMMUFD_APPEND,
        selftest: false,
        driver: Driver::Ours,
        timeout: IOMMUFD_TIMEOUT,
        qemu_extra: IOMMUFD_QEMU,
        expect: &[
            Line("registered with the IOMMU core"),
            Line("iommufd-conformance: RESULT iommugen_riscv_iommu"),
            Line(" 0 disagreement(s)"),
            // Blocked edu DMA (a device detached from its HWPT): the IOMMU records the fault,
            // its interrupt reaches the driver, which reports it (rate limited).
            Line("{m} 0000:00:01.0: fault DDT entry not valid (0x102): device_id 0x10"),
            Line("fault reports suppressed"),
            NoLine("left at unbind"),
            Line("iommufd: the suite ran"),
            NoLine("DISAGREEMENT"),
            Line("unloaded {m}"),
            NoLine("deferred probe timeout"),
        ],
    },
];

/// The iommufd boots' command line: strict mode (each DMA observation after an operation sees
/// its invalidations), the suite at depth 3 with 20 random walks. QEMU virt's GICv2m gives no
/// MSI isolation, which iommufd otherwise requires before it binds a device.
const IOMMUFD_APPEND: &str =
    "iommu.passthrough=0 iommu.strict=1 iommufd.allow_unsafe_interrupts=1 \
                              iommugen.iommufd=3 iommugen.walks=20";

/// The iommufd boots' second edu device (the suite's universe has two devices), after the
/// common machine's devices so that their PCI addresses stay.
const IOMMUFD_QEMU: &[&str] = &["-device", "edu,dma_mask=0xffffffffffffffff"];

/// The iommufd boots' bound: each observation is an edu transfer, 100 ms of QEMU's virtual time.
const IOMMUFD_TIMEOUT: u64 = 1200;

/// The iommufd suite's summary and disagreements on `console`, one per line.
pub fn iommufd_results(console: &str) -> Vec<String> {
    console
        .lines()
        .filter_map(|l| l.split_once("iommufd-conformance: ").map(|(_, r)| r.trim()))
        .filter(|r| {
            r.starts_with("RESULT")
                || r.starts_with("NOT RUN")
                || r.starts_with("DISAGREEMENT")
                || r.contains("sequences of up to")
        })
        .map(str::to_string)
        .collect()
}

/// The scenarios `IOMMUGEN_KERNEL_SCENARIOS` selects: comma-separated names, or an
/// architecture's name (`arm64`, `riscv64`) for all of its scenarios; all without it.
pub fn selected(filter: Option<&str>) -> Result<Vec<&'static Scenario>, String> {
    let Some(filter) = filter.filter(|f| !f.trim().is_empty()) else {
        return Ok(SCENARIOS.iter().collect());
    };
    let mut out: Vec<&'static Scenario> = Vec::new();
    for n in filter.split(',').map(str::trim) {
        let arch: Vec<&'static Scenario> = SCENARIOS
            .iter()
            .filter(|s| s.kernel.arch().name == n)
            .collect();
        if !arch.is_empty() {
            out.extend(arch);
            continue;
        }
        let one = SCENARIOS.iter().find(|s| s.name == n).ok_or_else(|| {
            let names: Vec<&str> = SCENARIOS.iter().map(|s| s.name).collect();
            format!(
                "IOMMUGEN_KERNEL_SCENARIOS: no scenario `{n}` (there are {}, and `arm64`, \
                 `riscv64` for all of an architecture's)",
                names.join(", ")
            )
        })?;
        out.push(one);
    }
    Ok(out)
}

impl Scenario {
    /// The kernel command-line words on `arch` with `module`, the generated module in the
    /// initramfs (if it has one): the module's boots keep the C driver from registering, the C
    /// driver's boots keep the module out.
    pub fn append(&self, arch: &Arch, module: Option<&str>) -> String {
        let driver = match (self.driver, module) {
            (Driver::Ours, _) => arch.generated.map_or("", |g| g.c_off).to_string(),
            (Driver::LinuxC, Some(m)) => format!("iommugen.skip={m}"),
            (Driver::LinuxC, None) => String::new(),
        };
        let words = self.append.replace("{m}", module.unwrap_or(""));
        if driver.is_empty() {
            words
        } else {
            format!("{driver} {words}")
        }
    }

    /// The requirements `console` does not meet, for module `module`.
    pub fn unmet(&self, console: &str, module: &str) -> Vec<String> {
        let mut out = Vec::new();
        for e in self.expect {
            match e {
                Line(t) => {
                    let t = t.replace("{m}", module);
                    if !console.lines().any(|l| l.contains(&t)) {
                        out.push(format!("no console line shows `{t}`"));
                    }
                }
                NoLine(t) => {
                    let t = t.replace("{m}", module);
                    if let Some(l) = console.lines().find(|l| l.contains(&t)) {
                        out.push(format!("a console line shows `{t}`: {}", l.trim()));
                    }
                }
                Moved(what, counter) | Still(what, counter) => {
                    let head = format!("{what}: the IOMMU driver handled");
                    let Some(line) = console.lines().find(|l| l.contains(&head)) else {
                        out.push(format!("init printed no `{head} ...` line"));
                        continue;
                    };
                    let moved = counter_delta(line, counter).is_some_and(|n| n > 0);
                    match (e, moved) {
                        (Moved(..), false) => out.push(format!(
                            "the driver's `{counter}` did not move in `{what}`: {}",
                            line.trim()
                        )),
                        (Still(..), true) => out.push(format!(
                            "the driver's `{counter}` moved in `{what}`: {}",
                            line.trim()
                        )),
                        _ => {}
                    }
                }
            }
        }
        out
    }
}

/// `N` of ` COUNTER +N` in an init counter line.
pub fn counter_delta(line: &str, counter: &str) -> Option<u64> {
    let pat = format!(" {counter} +");
    let at = line.find(&pat)? + pat.len();
    line[at..]
        .split(|c: char| !c.is_ascii_digit())
        .next()?
        .parse()
        .ok()
}

/// (write, read) MiB/s of init's `blk: throughput (best of N): write X MiB/s, read Y MiB/s`.
pub fn throughput(console: &str) -> Option<(f64, f64)> {
    let line = console.lines().find(|l| l.contains("blk: throughput"))?;
    let num = |key: &str| -> Option<f64> {
        let at = line.find(key)? + key.len();
        line[at..].trim_start().split(' ').next()?.parse().ok()
    };
    Some((num("write")?, num("read")?))
}

#[cfg(test)]
mod tests {
    use super::*;

    const CONSOLE: &str = "\
[    1.0] iommu: DMA domain TLB invalidation policy: strict mode
[    2.0] iommugen_smmuv3 9050000.smmuv3: registered with the IOMMU core: DMA ...
[    2.0] iommugen-init: sysfs bind/unbind: not offered by /sys/bus/platform/drivers/iommugen_smmuv3
[    2.1] pci 0000:00:03.0: Adding to iommu group 2
[    2.2] virtio_blk virtio1: [vda] 131072 512-byte logical blocks
[    2.3] iommugen_smmuv3 9050000.smmuv3: event F_TRANSLATION (0x10): StreamID 0x10 IOVA 0x10000 (read)
[    2.4] # iommugen_smmuv3_hitless: pass:3 fail:0 skip:0 total:3
[    2.4] # iommugen_smmuv3_pgtable: pass:3 fail:0 skip:0 total:3
[    2.4] # iommugen_smmuv3_commands: pass:4 fail:0 skip:0 total:4
[    3.0] iommugen-init: blk: round 1: wrote 32 MiB ...: data intact
[    3.1] iommugen-init: blk: the IOMMU driver handled map_calls +812 unmap_calls +812 tlbi_commands +900 iotlb_sync_calls +812
[    3.2] iommugen-init: blk: throughput (best of 3): write 41.5 MiB/s, read 55.0 MiB/s
[    3.3] iommugen-init: delete_module iommugen_smmuv3 with devices behind it: refused (Resource temporarily unavailable), as it must be
[    3.3] iommugen-init: removed 3 PCI device(s) from the IOMMU's groups
[    3.4] iommugen_smmuv3 9050000.smmuv3: translation disabled (CR0.SMMUEN = 0) after ...
[    3.5] iommugen-init: unloaded iommugen_smmuv3
";

    #[test]
    fn a_good_strict_console_meets_everything() {
        let s = SCENARIOS.iter().find(|s| s.name == "strict").unwrap();
        assert_eq!(s.unmet(CONSOLE, "iommugen_smmuv3"), Vec::<String>::new());
        assert_eq!(throughput(CONSOLE), Some((41.5, 55.0)));
        assert_eq!(
            s.append(s.kernel.arch(), Some("m")),
            "initcall_blacklist=arm_smmu_driver_init iommu.passthrough=0 iommu.strict=1 \
             iommugen.test=1 iommugen.blk=32 iommugen.rounds=5"
        );
    }

    /// The lines of a riscv64 strict boot (Linux 7.3.4, QEMU 10.0.2) its checks rely on.
    const RISCV_CONSOLE: &str = "\
[    0.1] iommu: Default domain type: Translated (set via kernel command line)
[    0.1] iommu: DMA domain TLB invalidation policy: strict mode (set via kernel command line)
[    0.4] iommu_pci 0000:00:01.0: enabling device (0000 -> 0002)
[    0.4] pci 0000:00:03.0: Adding to iommu group 2
[    0.6] virtio_blk virtio0: [vda] 131072 512-byte logical blocks (67.1 MB/64.0 MiB)
[    0.7] iommugen-init: iommu group 2: type identity, devices 0000:00:03.0
[    1.0] iommugen-init: blk: round 1: wrote 32 MiB in 25 ms, read back in 14 ms: data intact
[    1.1] iommugen-init: blk: throughput (best of 5): write 1298.7 MiB/s, read 2288.3 MiB/s
[    2.0] iommugen-init: bench: threads=1 pages=1 map_us=0.5 map_sd=25.6 unmap_us=0.4 unmap_sd=71.6
[    9.0] iommugen-init: unloaded virtio_blk
";

    #[test]
    fn riscv_boots_check_the_identity_domains() {
        let s = SCENARIOS.iter().find(|s| s.name == "riscv-strict").unwrap();
        assert_eq!(s.unmet(RISCV_CONSOLE, "iommu_pci"), Vec::<String>::new());
        // A translated default domain would change what the boot measures: it must be noticed.
        let dma = RISCV_CONSOLE.replace("type identity", "type DMA");
        assert_eq!(s.unmet(&dma, "iommu_pci").len(), 2, "{dma}");
        let lazy = SCENARIOS.iter().find(|s| s.name == "riscv-lazy").unwrap();
        assert_eq!(lazy.unmet(RISCV_CONSOLE, "iommu_pci").len(), 1);
    }

    #[test]
    fn unmet_requirements_are_named() {
        let p = SCENARIOS.iter().find(|s| s.name == "passthrough").unwrap();
        let unmet = p.unmet(CONSOLE, "iommugen_smmuv3");
        assert!(unmet.iter().any(|u| u.contains("Passthrough")), "{unmet:?}");
        assert!(
            unmet.iter().any(|u| u.contains("`map_calls` moved")),
            "{unmet:?}"
        );
        let bad = CONSOLE.replace("data intact", "DATA CORRUPTED");
        let s = SCENARIOS.iter().find(|s| s.name == "strict").unwrap();
        assert_eq!(s.unmet(&bad, "iommugen_smmuv3").len(), 2);
    }

    #[test]
    fn counters_and_selection_parse() {
        assert_eq!(
            counter_delta(
                "x: the IOMMU driver handled map_calls +12 unmap_calls +3",
                "map_calls"
            ),
            Some(12)
        );
        assert_eq!(
            counter_delta("x: handled unmap_calls +3", "map_calls"),
            None
        );
        assert_eq!(selected(None).unwrap().len(), SCENARIOS.len());
        assert_eq!(
            selected(Some("fault, strict"))
                .unwrap()
                .iter()
                .map(|s| s.name)
                .collect::<Vec<_>>(),
            ["fault", "strict"]
        );
        assert!(selected(Some("nope")).is_err());
        let rv = selected(Some("riscv64")).unwrap();
        assert!(rv.len() >= 10 && rv.iter().all(|s| s.kernel == Kernel::Riscv64));
        assert!(rv.iter().any(|s| s.driver == Driver::LinuxC));
        assert!(rv.iter().any(|s| s.driver == Driver::Ours));
        let both = selected(Some("riscv-boot,strict")).unwrap();
        assert_eq!(
            both.iter().map(|s| s.name).collect::<Vec<_>>(),
            ["riscv-boot", "strict"]
        );
        // Without a module in the initramfs, the C driver's boots need no skip word.
        let b = &both[0];
        assert_eq!(
            b.append(b.kernel.arch(), None),
            "iommu.passthrough=0 iommu.strict=1"
        );
        // With the generated module, the C driver's boots skip it and the module's boots keep
        // the C driver's PCI front end from registering.
        assert_eq!(
            b.append(b.kernel.arch(), Some("m")),
            "iommugen.skip=m iommu.passthrough=0 iommu.strict=1"
        );
        let ours = selected(Some("riscv-ours-strict")).unwrap()[0];
        assert!(ours
            .append(ours.kernel.arch(), Some("m"))
            .starts_with("initcall_blacklist=riscv_iommu_pci_driver_init iommu.passthrough=0"));
    }
}
