//! The real specs load and check clean, their IR has the shape backends rely on, and the
//! loader's multi-file behaviour (imports, recovery) holds.

use std::path::{Path, PathBuf};

use iommugen_dsl::{check_source, ir, load_file};

fn repo(rel: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..").join(rel)
}

fn smmuv3() -> ir::Spec {
    load_file(&repo("specs/smmuv3.iommu"))
        .unwrap_or_else(|d| panic!("smmuv3 spec has errors:\n{d}"))
}

#[test]
fn smmuv3_is_complete_enough() {
    let s = smmuv3();
    assert_eq!(s.name, "smmuv3");
    assert!(s.registers.len() >= 45, "{} registers", s.registers.len());
    let fields: usize = s.registers.iter().map(|r| r.fields.len()).sum::<usize>()
        + s.entries.iter().map(|e| e.fields.len()).sum::<usize>()
        + s.queues
            .iter()
            .flat_map(|q| &q.records)
            .map(|r| r.fields.len())
            .sum::<usize>();
    assert!(fields >= 300, "{fields} fields");
    let cmds = s.queue("CMDQ").expect("CMDQ").records.len();
    let evts = s.queue("EVTQ").expect("EVTQ").records.len();
    assert!(cmds + evts >= 30, "{cmds} commands + {evts} events");
    for name in ["STE", "CD", "L1STD", "L1CD"] {
        assert!(s.entry(name).is_some(), "entry {name}");
    }
    assert!(s.used.iter().any(|u| u.entry == "STE") && s.used.iter().any(|u| u.entry == "CD"));
    assert_eq!(s.page_tables.len(), 2);
    assert!(s.semantics.is_some());
}

#[test]
fn every_bit_is_accounted_for() {
    // The checker refuses gaps; check the IR agrees: fields + reserved cover each layout exactly.
    every_bit_covered(&smmuv3());
    every_bit_covered(
        &load_file(&repo("specs/riscv_iommu.iommu"))
            .unwrap_or_else(|d| panic!("riscv_iommu spec has errors:\n{d}")),
    );
}

/// Registers, entries, queue records (with the queue's opcode and function fields) and
/// page-table descriptors: every bit is one field's or one reserved range's.
fn every_bit_covered(s: &ir::Spec) {
    type Ranges = Vec<(u32, u32)>;
    let mut layouts: Vec<(String, u32, Ranges)> = Vec::new();
    for r in &s.registers {
        layouts.push((
            r.name.clone(),
            r.width,
            r.fields
                .iter()
                .map(|f| (f.lsb, f.msb))
                .chain(r.reserved.iter().map(|x| (x.lsb, x.msb)))
                .collect(),
        ));
    }
    for e in &s.entries {
        layouts.push((
            e.name.clone(),
            e.size * 8,
            e.fields
                .iter()
                .map(|f| (f.lsb, f.msb))
                .chain(e.reserved.iter().map(|x| (x.lsb, x.msb)))
                .collect(),
        ));
    }
    for q in &s.queues {
        for r in &q.records {
            let mut bits: Vec<(u32, u32)> = r
                .fields
                .iter()
                .map(|f| (f.lsb, f.msb))
                .chain(r.reserved.iter().map(|x| (x.lsb, x.msb)))
                .collect();
            bits.extend(q.opcode.map(|o| (o.lsb, o.msb)));
            bits.extend(q.func.map(|o| (o.lsb, o.msb)));
            layouts.push((r.name.clone(), r.size * 8, bits));
        }
    }
    for t in &s.page_tables {
        for d in &t.descriptors {
            let l = &d.layout;
            layouts.push((
                format!("{}.{}", t.name, l.name),
                l.size * 8,
                l.fields
                    .iter()
                    .map(|f| (f.lsb, f.msb))
                    .chain(l.reserved.iter().map(|x| (x.lsb, x.msb)))
                    .collect(),
            ));
        }
    }
    for (name, width, ranges) in layouts {
        let mut seen = vec![0u8; width as usize];
        for (lo, hi) in ranges {
            for b in lo..=hi {
                seen[b as usize] += 1;
            }
        }
        assert!(
            seen.iter().all(|&n| n == 1),
            "{name}: bits not covered exactly once"
        );
    }
}

#[test]
fn page_table_geometry_follows_the_granule() {
    let s = smmuv3();
    let s1 = s
        .page_tables
        .iter()
        .find(|t| t.stage == 1)
        .expect("stage 1 format");
    let g4k = s1
        .granules
        .iter()
        .find(|g| g.size == 4096)
        .expect("4K granule");
    let spans: Vec<(u32, u32, u32)> = g4k
        .levels
        .iter()
        .map(|l| (l.level, l.index_msb, l.index_lsb))
        .collect();
    assert_eq!(
        spans,
        vec![(0, 47, 39), (1, 38, 30), (2, 29, 21), (3, 20, 12)]
    );
    let blocks: Vec<u64> = g4k
        .levels
        .iter()
        .filter(|l| l.leaf && !l.last)
        .map(|l| l.entry_span)
        .collect();
    assert_eq!(blocks, vec![1 << 30, 1 << 21]);
    let g64k = s1
        .granules
        .iter()
        .find(|g| g.size == 65536)
        .expect("64K granule");
    assert_eq!(
        g64k.levels
            .first()
            .map(|l| (l.level, l.index_msb, l.index_lsb)),
        Some((1, 47, 42))
    );
    let g16k = s1
        .granules
        .iter()
        .find(|g| g.size == 16384)
        .expect("16K granule");
    assert_eq!(
        g16k.levels
            .first()
            .map(|l| (l.level, l.index_msb, l.index_lsb)),
        Some((0, 47, 47))
    );
}

#[test]
fn json_fields_carry_name_position_and_type() {
    let s = smmuv3();
    let v = serde_json::to_value(&s).expect("serialise");
    let reg = &v["registers"][0];
    for key in ["name", "block", "offset", "width", "access", "fields"] {
        assert!(reg.get(key).is_some(), "register lacks {key}: {reg}");
    }
    let f = &reg["fields"][0];
    for key in ["name", "lsb", "msb", "type"] {
        assert!(f.get(key).is_some(), "field lacks {key}: {f}");
    }
    let back: ir::Spec = serde_json::from_value(v).expect("IR JSON reads back");
    assert_eq!(back, s);
}

#[test]
fn toy_example_checks() {
    let s = load_file(&repo("examples/toy.iommu")).unwrap_or_else(|d| panic!("{d}"));
    assert!(s.files.len() >= 2, "the toy imports a fragment");
    assert!(s.semantics.is_some());
}

#[test]
fn update_safe_rules_reach_the_ir() {
    // `update_safe` ends the field list before it, like `when` and `always`.
    let src = "iommu x {\n  entry E : 8 bytes {\n    V [0]\n    Mode [2:1] enum { Off = 0, A = 1, B = 2 }\n    Merge [3]\n    Stall [4]\n    reserved [63:5]\n  }\n  used E {\n    always V\n    when V { Mode Merge Stall }\n    update_safe Merge\n    update_safe when Mode in { Off, A } && !Stall { Mode }\n  }\n}\n";
    let s = check_source("safe.iommu", src).unwrap_or_else(|d| panic!("{d}"));
    let u = &s.used[0];
    assert_eq!(u.rules.len(), 2);
    assert_eq!(u.rules[0].fields, vec!["V"]);
    assert_eq!(u.update_safe.len(), 2);
    assert_eq!(
        (
            u.update_safe[0].cond.is_none(),
            &u.update_safe[0].fields[..]
        ),
        (true, &["Merge".to_string()][..])
    );
    let cond = serde_json::to_string(&u.update_safe[1].cond).unwrap();
    assert_eq!(
        cond,
        r#"{"op":"and","all":[{"op":"in","field":"Mode","values":[0,1]},{"op":"not","cond":{"op":"set","field":"Stall"}}]}"#
    );
    assert_eq!(u.update_safe[1].fields, vec!["Mode"]);
}

#[test]
fn imports_are_refused_without_a_file() {
    let err = check_source("mem.iommu", "iommu x {\n  import \"other.iommu\"\n}\n").unwrap_err();
    let text = err.render_plain();
    assert!(text.contains("mem.iommu:2:10"), "{text}");
    assert!(
        text.contains("imports need a spec read from a file"),
        "{text}"
    );
}

#[test]
fn syntax_errors_in_two_items_are_both_reported() {
    let src = "iommu x {\n  regs a @ 0 size 0x100 {\n    R @ 0 : u32 ro { F [3:0 }\n  }\n  entry E : 8 bytes {\n    V [0] bogus\n  }\n}\n";
    let err = check_source("two.iommu", src).unwrap_err();
    assert_eq!(err.len(), 2, "{err}");
    let lines: Vec<usize> = err.items.iter().map(|d| err.location(d).1).collect();
    assert_eq!(
        lines,
        vec![3, 7],
        "one error in the register block, one in the entry"
    );
}

#[test]
fn checker_reports_every_error_at_once() {
    let src = "iommu x {\n  regs a @ 0 size 0x100 {\n    R @ 0 : u32 ro { F [3:0]  G [2:1]  reserved [31:4] }\n    S @ 0x200 : u32 ro { reserved [31:0] }\n  }\n  entry E : 8 bytes { V [0]  W [64] }\n}\n";
    let err = check_source("many.iommu", src).unwrap_err();
    let codes: Vec<&str> = err.items.iter().map(|d| d.code).collect();
    assert!(codes.contains(&"iommu::overlap"), "{err}");
    assert!(codes.contains(&"iommu::register"), "{err}");
    assert!(codes.contains(&"iommu::bits"), "{err}");
}

#[test]
fn nothing_panics_on_truncated_specs() {
    // Every prefix of the toy spec: each either checks or returns diagnostics.
    let text = std::fs::read_to_string(repo("examples/toy.iommu")).expect("read toy");
    for (i, _) in text.char_indices().step_by(7) {
        let _ = check_source("prefix.iommu", &text[..i]);
    }
}
