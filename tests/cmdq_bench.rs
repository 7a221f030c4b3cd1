//! Commands per second through the mock SMMU's command queue, with batching (up to 64 commands
//! per CMD_SYNC, as the runtime does) and without (a CMD_SYNC after every command), side by side
//! in one run: `cargo bench -p iommugen-tests --bench cmdq`.
//!
//! Instruction counts: with `CMDQ_LOOPS=N` the bench skips criterion and submits the 1,024
//! commands `N` times, batched (`CMDQ_OP=batched`) or with a CMD_SYNC after each
//! (`CMDQ_OP=sync_each`); under callgrind, the difference between two values of `N` divided by
//! the difference in `N` is the cost of one round, as `runtime/benches/hotpath.rs` describes.

use criterion::{criterion_group, BenchmarkId, Criterion, Throughput};
use iommugen_mock::MockSmmu;
use iommugen_runtime::smmuv3::smmu::{Config, Smmu};
use iommugen_runtime::smmuv3::spec::cmdq::{CmdTlbiNhAsid, CmdqCommand};

const COMMANDS: usize = 1024;

fn commands() -> Vec<CmdqCommand> {
    (0..COMMANDS)
        .map(|i| CmdqCommand::TlbiNhAsid(CmdTlbiNhAsid::new().with_asid((i % 256) as u16 + 1)))
        .collect()
}

fn bench(c: &mut Criterion) {
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

criterion_group!(benches, bench);

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
