//! The collections against `alloc`'s `BTreeMap`/`BTreeSet` as models.

use alloc::collections::{BTreeMap, BTreeSet};

use proptest::prelude::*;

use super::{TryVec, VecMap, VecSet};

#[derive(Debug, Clone)]
enum Op {
    Insert(u8, u16),
    Remove(u8),
}

fn op() -> impl Strategy<Value = Op> {
    prop_oneof![
        (any::<u8>(), any::<u16>()).prop_map(|(k, v)| Op::Insert(k, v)),
        any::<u8>().prop_map(Op::Remove)
    ]
}

proptest! {
    #[test]
    fn map_behaves_as_btreemap(ops in prop::collection::vec(op(), 0..300)) {
        let mut map = VecMap::new();
        let mut model = BTreeMap::new();
        for o in ops {
            match o {
                Op::Insert(k, v) => prop_assert_eq!(map.try_insert(k, v).unwrap(), model.insert(k, v)),
                Op::Remove(k) => prop_assert_eq!(map.remove(&k), model.remove(&k)),
            }
            prop_assert_eq!(map.len(), model.len());
        }
        prop_assert!(map.iter().map(|(k, v)| (*k, *v)).eq(model.iter().map(|(k, v)| (*k, *v))));
        for k in 0..=255u8 {
            prop_assert_eq!(map.get(&k), model.get(&k));
            prop_assert_eq!(map.first_after(&k), model.range(k..).find(|e| *e.0 > k));
            prop_assert_eq!(map.contains_key(&k), model.contains_key(&k));
        }
    }

    #[test]
    fn set_behaves_as_btreeset(ops in prop::collection::vec(op(), 0..300)) {
        let mut set = VecSet::new();
        let mut model = BTreeSet::new();
        for o in ops {
            match o {
                Op::Insert(k, _) => prop_assert_eq!(set.try_insert(k).unwrap(), model.insert(k)),
                Op::Remove(k) => prop_assert_eq!(set.remove(&k), model.remove(&k)),
            }
        }
        prop_assert!(set.iter().eq(model.iter()));
        for k in 0..=255u8 {
            prop_assert_eq!(set.contains(&k), model.contains(&k));
            prop_assert_eq!(set.first_after(&k), model.range(k..).find(|e| **e > k));
        }
    }
}

#[test]
fn a_failed_reservation_is_an_error_and_changes_nothing() {
    let mut v: TryVec<u64> = TryVec::new();
    v.try_push(7).unwrap();
    let e = v.try_reserve(usize::MAX / 2).unwrap_err();
    assert_eq!(e.bytes, usize::MAX);
    assert_eq!(&v[..], &[7]);
    assert!(TryVec::<u64>::try_with_capacity(usize::MAX).is_err());
    let err: crate::error::Error = e.into();
    assert!(matches!(
        err,
        crate::error::Error::Hal(crate::hal::HalError::HeapExhausted { .. })
    ));
}

#[test]
fn vec_operations() {
    let mut v = TryVec::try_from_elem(1u8, 3).unwrap();
    v.try_insert(1, 5).unwrap();
    v.try_extend_from_slice(&[9, 9]).unwrap();
    assert_eq!(&v[..], &[1, 5, 1, 1, 9, 9]);
    assert_eq!(v.remove(1), Some(5));
    assert_eq!(v.remove(99), None);
    v.retain(|x| *x != 9);
    assert_eq!(v.pop(), Some(1));
    v.truncate(1);
    assert_eq!(v.into_iter().collect::<alloc::vec::Vec<_>>(), [1]);
}
