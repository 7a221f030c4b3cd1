//! The model must not panic whatever software does: random register writes (every register of
//! the generated table, both widths, both halves), random table and queue contents and random
//! DMA, with a deterministic pseudo-random sequence.

use iommugen_mock::table::REGISTERS;
use iommugen_mock::{Attrs, MockSmmu, Transfer};
use iommugen_runtime::hal::{Clock, Hal};

struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }
}

#[test]
fn random_programming_never_panics() {
    let mut reached = (0u64, 0u64, 0u64);
    for seed in 1..=20u64 {
        let s = MockSmmu::new();
        let mut r = Rng(seed.wrapping_mul(0x9e37_79b9_7f4a_7c15));
        let mem = s.dma_alloc(1 << 16, 1 << 16).expect("arena");
        for i in 0..mem.words() {
            // Mostly small values so that pointers often land inside the arena.
            let v = match r.below(4) {
                0 => r.next(),
                1 => (mem.addr + (r.below(1 << 16) & !0x3f)) | r.below(0x40),
                _ => r.below(16),
            };
            s.dma_write(&mem, i, v);
        }
        for _ in 0..400 {
            let reg = &REGISTERS[r.below(REGISTERS.len() as u64) as usize];
            let value = match r.below(3) {
                0 => r.next(),
                1 => (mem.addr + r.below(1 << 16)) | r.below(32),
                _ => r.below(64),
            };
            match r.below(4) {
                0 => s.mmio_write32(reg.offset, value as u32),
                1 => s.mmio_write32(reg.offset + 4, value as u32),
                2 => s.mmio_write64(reg.offset, value),
                _ => {
                    s.mmio_read32(reg.offset);
                }
            }
            if r.below(4) == 0 {
                let attrs = Attrs {
                    privileged: r.below(2) == 0,
                    instruction: r.below(2) == 0,
                };
                let pasid = (r.below(2) == 0).then(|| r.below(1 << 20) as u32);
                let iova = if r.below(2) == 0 {
                    r.next()
                } else {
                    mem.addr + r.below(1 << 16)
                };
                let sid = r.below(1 << 17) as u32;
                if r.below(2) == 0 {
                    s.dma_attrs(
                        sid,
                        pasid,
                        iova,
                        Transfer::Read(r.below(9000) as usize),
                        attrs,
                    );
                } else {
                    s.dma_attrs(sid, pasid, iova, Transfer::Write(&[0xa5; 100]), attrs);
                }
            }
            s.relax();
        }
        s.set_faults(|f| f.hang_sync = r.below(2) == 0);
        s.advance(1_000_000);
        reached.0 += s.stats().dmas;
        reached.1 += s.stats().commands + s.stats().command_errors;
        reached.2 += s.events().len() as u64;
    }
    assert!(
        reached.0 > 1000 && reached.1 > 0 && reached.2 > 0,
        "{reached:?}"
    );
}
