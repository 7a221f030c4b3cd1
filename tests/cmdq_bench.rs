//! Commands per second through the mock SMMU's command queue, with batching (up to 64 commands
//! per CMD_SYNC, as the runtime does) and without (a CMD_SYNC after every command), side by side
//! in one run: `cargo bench -p iommugen-tests --bench cmdq`.

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use iommugen_mock::MockSmmu;
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
criterion_main!(benches);
