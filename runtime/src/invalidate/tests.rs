//! The unmap invalidation plans: range commands tile the range exactly; by-address and context
//! plans without range commands; walk caches (leaf-only off) only when tables were unhooked,
//! and the whole context when the architecture's commands by address cannot reach them.

use alloc::format;
use alloc::vec::Vec;

use proptest::prelude::*;

use super::{Plan, Reach, Scope};

/// Commands by address before the context, in these tests.
const MAX: u64 = 64;

/// SMMUv3's reach: walk caches by address (Leaf = 0), range commands as `range` says.
fn arm(range: bool) -> Reach {
    Reach {
        granule_bits: 12,
        range,
        walks_by_address: true,
        max_by_address: MAX,
    }
}

/// The RISC-V IOMMU's reach: leaves by address only, no range commands.
fn rv() -> Reach {
    Reach {
        granule_bits: 12,
        range: false,
        walks_by_address: false,
        max_by_address: MAX,
    }
}

const K4: u64 = 0x1000;

proptest! {
    /// Range commands tile the range exactly, in order, each within NUM's five bits, and
    /// there are at most as many as the page count has groups of five bits.
    #[test]
    fn range_plans_tile_the_range(first in 0u64..1 << 36, pages in 1u64..1 << 30) {
        let iova = first * K4;
        let mut next = iova;
        let mut n = 0;
        for t in Plan::new(iova, pages * K4, K4, false, arm(true)) {
            let Scope::Range { address, num, scale } = t else {
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
    let all = |p: Plan| p.collect::<Vec<_>>();
    // 256 pages: one range command, NUM = 0, SCALE = 8.
    assert_eq!(
        all(Plan::new(0x10_0000, 256 * K4, K4, false, arm(true))),
        [Scope::Range {
            address: 0x10_0000,
            num: 0,
            scale: 8
        }]
    );
    // 33 pages = 0b100001: SCALE 0, NUM 0 (1 page), then SCALE 5, NUM 0 (32 pages).
    assert_eq!(
        all(Plan::new(0x3000, 33 * K4, K4, false, arm(true))),
        [
            Scope::Range {
                address: 0x3000,
                num: 0,
                scale: 0
            },
            Scope::Range {
                address: 0x4000,
                num: 0,
                scale: 5
            }
        ]
    );
    // Without RIL: by the smallest leaf, or the context past the limit.
    assert_eq!(
        all(Plan::new(
            0x20_0000,
            0x40_0000,
            0x20_0000,
            false,
            arm(false)
        )),
        [Scope::Address(0x20_0000), Scope::Address(0x40_0000)]
    );
    assert_eq!(
        all(Plan::new(0, (MAX + 1) * K4, K4, false, arm(false))),
        [Scope::Context]
    );
    assert!(Plan::new(0, K4, K4, false, arm(false)).leaf());
    // Unhooked tables: the same commands without Leaf, by VA one granule at a time whatever the
    // leaf sizes (a walk-cache entry goes only with a command for an address it covers).
    let p = Plan::new(0x20_0000, 2 * K4, 0x20_0000, true, arm(false));
    assert!(!p.leaf());
    assert_eq!(
        all(p),
        [Scope::Address(0x20_0000), Scope::Address(0x20_1000)]
    );
    let p = Plan::new(0x20_0000, 0x20_0000, K4, true, arm(true));
    assert!(!p.leaf());
    assert_eq!(
        all(p),
        [Scope::Range {
            address: 0x20_0000,
            num: 0,
            scale: 9
        }]
    );
    // A 2M table span by VA takes 512 commands: the context instead.
    assert_eq!(
        all(Plan::new(0x20_0000, 0x20_0000, 0x20_0000, true, arm(false))),
        [Scope::Context]
    );
}

#[test]
fn an_architecture_whose_commands_reach_leaves_only() {
    let all = |p: Plan| p.collect::<Vec<_>>();
    // Leaves: one command per smallest leaf (a 2M block by one address), as for SMMUv3.
    assert_eq!(
        all(Plan::new(0x20_0000, 0x20_0000, 0x20_0000, false, rv())),
        [Scope::Address(0x20_0000)]
    );
    assert_eq!(
        all(Plan::new(0x5000, 3 * K4, K4, false, rv())),
        [
            Scope::Address(0x5000),
            Scope::Address(0x6000),
            Scope::Address(0x7000)
        ]
    );
    // Unhooked tables, however small the range: the context.
    let p = Plan::new(0x20_0000, 2 * K4, K4, true, rv());
    assert!(p.is_context());
    assert_eq!(all(p), [Scope::Context]);
    assert_eq!(
        all(Plan::new(0, (MAX + 1) * K4, K4, false, rv())),
        [Scope::Context]
    );
}
