//! What the page-table benchmarks share: the random workload's page orders.

/// A deterministic xorshift generator (no `rand` dependency needed).
pub struct Rng(pub u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    fn shuffle<T>(&mut self, v: &mut [T]) {
        for i in (1..v.len()).rev() {
            let j = (self.next() % (i as u64 + 1)) as usize;
            v.swap(i, j);
        }
    }
}

/// `count` distinct pages of `page` bytes of the window `[base, base + size)` in a map order
/// and an unmap order.
pub fn random_pages(base: u64, size: u64, page: u64, count: usize) -> (Vec<u64>, Vec<u64>) {
    let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
    let mut all: Vec<u64> = (0..size / page).map(|i| base + i * page).collect();
    rng.shuffle(&mut all);
    all.truncate(count);
    let map_order = all.clone();
    rng.shuffle(&mut all);
    (map_order, all)
}
