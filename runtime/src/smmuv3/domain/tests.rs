//! The unmap invalidation plans: range commands tile the range exactly; by-VA and context
//! plans as before range invalidation; walk caches (Leaf = 0) only when tables were unhooked.

use alloc::format;
use alloc::vec::Vec;

use proptest::prelude::*;

use super::{Tlbi, TlbiPlan, TLBI_PAGES_MAX};

const K4: u64 = 0x1000;

proptest! {
    /// Range commands tile the range exactly, in order, each within NUM's five bits, and
    /// there are at most as many as the page count has groups of five bits.
    #[test]
    fn range_plans_tile_the_range(first in 0u64..1 << 36, pages in 1u64..1 << 30) {
        let iova = first * K4;
        let mut next = iova;
        let mut n = 0;
        for t in TlbiPlan::new(iova, pages * K4, K4, false, true) {
            let Tlbi::Range { address, num, scale } = t else {
                return Err(TestCaseError::fail(format!("{t:?} in a range plan")));
            };
            prop_assert_eq!(address, next);
            prop_assert!(num < 32);
            next += ((u64::from(num) + 1) << scale) * K4;
            n += 1;
        }
        prop_assert_eq!(next, iova + pages * K4);
        prop_assert!(n <= (64 - pages.leading_zeros()).div_ceil(5));
    }
}

#[test]
fn plans() {
    let all = |p: TlbiPlan| p.collect::<Vec<_>>();
    // 256 pages: one range command, NUM = 0, SCALE = 8.
    assert_eq!(
        all(TlbiPlan::new(0x10_0000, 256 * K4, K4, false, true)),
        [Tlbi::Range {
            address: 0x10_0000,
            num: 0,
            scale: 8
        }]
    );
    // 33 pages = 0b100001: SCALE 0, NUM 0 (1 page), then SCALE 5, NUM 0 (32 pages).
    assert_eq!(
        all(TlbiPlan::new(0x3000, 33 * K4, K4, false, true)),
        [
            Tlbi::Range {
                address: 0x3000,
                num: 0,
                scale: 0
            },
            Tlbi::Range {
                address: 0x4000,
                num: 0,
                scale: 5
            }
        ]
    );
    // Without RIL: by the smallest leaf, or the context past the limit.
    assert_eq!(
        all(TlbiPlan::new(0x20_0000, 0x40_0000, 0x20_0000, false, false)),
        [Tlbi::Address(0x20_0000), Tlbi::Address(0x40_0000)]
    );
    assert_eq!(
        all(TlbiPlan::new(
            0,
            (TLBI_PAGES_MAX + 1) * K4,
            K4,
            false,
            false
        )),
        [Tlbi::Context]
    );
    assert!(TlbiPlan::new(0, K4, K4, false, false).leaf());
    // Unhooked tables: the same commands without Leaf, by VA one granule at a time whatever the
    // leaf sizes (a walk-cache entry goes only with a command for an address it covers).
    let p = TlbiPlan::new(0x20_0000, 2 * K4, 0x20_0000, true, false);
    assert!(!p.leaf());
    assert_eq!(all(p), [Tlbi::Address(0x20_0000), Tlbi::Address(0x20_1000)]);
    let p = TlbiPlan::new(0x20_0000, 0x20_0000, K4, true, true);
    assert!(!p.leaf());
    assert_eq!(
        all(p),
        [Tlbi::Range {
            address: 0x20_0000,
            num: 0,
            scale: 9
        }]
    );
    // A 2M table span by VA takes 512 commands: the context instead.
    assert_eq!(
        all(TlbiPlan::new(0x20_0000, 0x20_0000, 0x20_0000, true, false)),
        [Tlbi::Context]
    );
}
