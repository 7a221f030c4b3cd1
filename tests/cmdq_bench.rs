//! Commands per second through the mock IOMMUs' command queues, with batching (as the runtime
//! submits: SMMUv3 up to 64 commands per CMD_SYNC; RISC-V as many as the queue holds, 254 of a
//! 256-entry queue, per IOFENCE.C) and without (a CMD_SYNC or IOFENCE.C after every command),
//! side by side in one run: `cargo bench -p iommugen-tests --bench cmdq`. Each round submits
//! 1,024 TLB invalidations: TLBI_NH_ASID (SMMUv3), IOTINVAL.VMA by PSCID and address (RISC-V).
//!
//! Instruction counts: with `CMDQ_LOOPS=N` the bench skips criterion and submits the 1,024
//! commands `N` times, batched (`CMDQ_OP=batched`) or with a CMD_SYNC after each
//! (`CMDQ_OP=sync_each`); under callgrind, the difference between two values of `N` divided by
//! the difference in `N` is the cost of one round, as `runtime/benches/hotpath.rs` describes.

use criterion::{criterion_group, BenchmarkId, Criterion, Throughput};
use iommugen_mock::riscv::RiscvMock;
use iommugen_mock::MockSmmu;
use iommugen_runtime::riscv::cq::Command;
use iommugen_runtime::riscv::spec::cq::IOTINVAL_VMA;
use iommugen_runtime::riscv::{Config as RiscvConfig, Iommu};
use iommugen_runtime::smmuv3::smmu::{Config, Smmu};
use iommugen_runtime::smmuv3::spec::cmdq::{CMDQ_Command, CMD_TLBI_NH_ASID};

const COMMANDS: usize = 1024;

fn commands() -> Vec<CMDQ_Command> {
    (0..COMMANDS)
        .map(|i| {
            CMDQ_Command::CMD_TLBI_NH_ASID(CMD_TLBI_NH_ASID::new().with_ASID((i % 256) as u16 + 1))
        })
        .collect()
}

fn riscv_commands() -> Vec<Command> {
    (0..COMMANDS)
        .map(|i| {
            IOTINVAL_VMA::new()
                .with_PSCV(true)
                .with_PSCID((i % 256) as u32 + 1)
                .and_then(|c| c.with_AV(true).with_ADDR(0x1000_0000 + (i as u64) * 0x1000))
                .expect("IOTINVAL.VMA fields")
                .0
        })
        .collect()
}

fn smmuv3(c: &mut Criterion) {
    let cmds = commands();
    let mut g = c.benchmark_group("cmdq");
    g.throughput(Throughput::Elements(COMMANDS as u64));
    let mut smmu = Smmu::new(MockSmmu::new(), Config::default()).expect("bring-up");
    g.bench_function(BenchmarkId::new("batched", COMMANDS), |b| {
        b.iter(|| smmu.submit(&cmds).expect("submit"));
    });
    g.bench_function(BenchmarkId::new("sync_each", COMMANDS), |b| {
        b.iter(|| {
            for c in &cmds {
                smmu.submit(std::slice::from_ref(c)).expect("submit");
            }
        });
    });
    g.finish();
}

fn riscv(c: &mut Criterion) {
    let cmds = riscv_commands();
    let mut g = c.benchmark_group("cq_riscv");
    g.throughput(Throughput::Elements(COMMANDS as u64));
    let mut iommu = Iommu::new(RiscvMock::new(), RiscvConfig::default()).expect("bring-up");
    g.bench_function(BenchmarkId::new("batched", COMMANDS), |b| {
        b.iter(|| iommu.submit(&cmds).expect("submit"));
    });
    g.bench_function(BenchmarkId::new("fence_each", COMMANDS), |b| {
        b.iter(|| {
            for c in &cmds {
                iommu.submit(std::slice::from_ref(c)).expect("submit");
            }
        });
    });
    g.finish();
}

criterion_group!(benches, smmuv3, riscv);

fn main() {
    if let Ok(n) = std::env::var("CMDQ_LOOPS") {
        let n: u64 = n.parse().expect("CMDQ_LOOPS=<rounds>");
        let op = std::env::var("CMDQ_OP").unwrap_or_default();
        let cmds = commands();
        let mut smmu = Smmu::new(MockSmmu::new(), Config::default()).expect("bring-up");
        for _ in 0..n {
            match op.as_str() {
                "batched" => smmu.submit(&cmds).expect("submit"),
                "sync_each" => {
                    for c in &cmds {
                        smmu.submit(std::slice::from_ref(c)).expect("submit");
                    }
                }
                _ => panic!("CMDQ_OP=batched or CMDQ_OP=sync_each"),
            }
        }
        return;
    }
    benches();
    Criterion::default().configure_from_args().final_summary();
}
