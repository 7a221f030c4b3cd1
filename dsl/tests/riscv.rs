//! The RISC-V IOMMU spec checks clean and its IR holds what a driver needs: every register,
//! the directory formats and their index splits, the contexts, every command and both records,
//! the page-table geometry of the six formats (every bit of every layout is checked, for both
//! specs, in `specs.rs`).

use std::path::{Path, PathBuf};

use iommugen_dsl::{ir, load_file};

fn repo(rel: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..").join(rel)
}

fn riscv() -> ir::Spec {
    load_file(&repo("specs/riscv_iommu.iommu"))
        .unwrap_or_else(|d| panic!("riscv_iommu spec has errors:\n{d}"))
}

#[test]
fn registers_of_chapter_5_are_declared() {
    let s = riscv();
    for name in [
        "capabilities",
        "fctl",
        "ddtp",
        "cqb",
        "cqh",
        "cqt",
        "fqb",
        "fqh",
        "fqt",
        "pqb",
        "pqh",
        "pqt",
        "cqcsr",
        "fqcsr",
        "pqcsr",
        "ipsr",
        "iocountovf",
        "iocountinh",
        "iohpmcycles",
        "iohpmctr",
        "iohpmevt",
        "tr_req_iova",
        "tr_req_ctl",
        "tr_response",
        "icvec",
        "msi_addr",
        "msi_data",
        "msi_vec_ctl",
    ] {
        assert!(s.register(name).is_some(), "register {name}");
    }
    let ctr = s.register("iohpmctr").unwrap();
    assert_eq!(
        ctr.array,
        Some(ir::RegArray {
            first: 1,
            last: 31,
            stride: 8
        })
    );
    let offsets = ctr.offsets();
    assert_eq!(offsets.last(), Some(&(Some(31), 0x158)));
    let evt = s.register("iohpmevt").unwrap();
    assert_eq!(evt.offsets().last(), Some(&(Some(31), 0x250)));
    assert_eq!(s.register("msi_vec_ctl").unwrap().offsets()[15].1, 0x3fc);
    // The on/busy handshake inside cqcsr.
    let cqcsr = s.register("cqcsr").unwrap();
    let on = cqcsr.fields.iter().find(|f| f.name == "cqon").unwrap();
    assert_eq!(on.acks.as_deref(), Some("cqen"));
    assert!(cqcsr.fields.iter().any(|f| f.name == "busy" && f.busy));
    assert!(s.register("ddtp").unwrap().fields.iter().any(|f| f.busy));
    let ppn = s
        .register("ddtp")
        .unwrap()
        .fields
        .iter()
        .find(|f| f.name == "PPN")
        .unwrap();
    assert_eq!(ppn.ty, ir::FieldType::AddressShifted { shift: 12 });
    assert!(ppn.warl);
}

#[test]
fn directories_split_the_ids_as_the_specification_says() {
    let s = riscv();
    let split = |dir: &str, format: &str, mode: &str| -> Vec<(u32, u32)> {
        let d = s.directories.iter().find(|d| d.name == dir).unwrap();
        let f = d.formats.iter().find(|f| f.name == format).unwrap();
        let l = f.layouts.iter().find(|l| l.mode == mode).unwrap();
        l.levels
            .iter()
            .map(|v| (v.index_msb, v.index_lsb))
            .collect()
    };
    assert_eq!(split("DDT", "base", "LVL1"), [(6, 0)]);
    assert_eq!(split("DDT", "base", "LVL3"), [(23, 16), (15, 7), (6, 0)]);
    assert_eq!(split("DDT", "extended", "LVL2"), [(14, 6), (5, 0)]);
    assert_eq!(
        split("DDT", "extended", "LVL3"),
        [(23, 15), (14, 6), (5, 0)]
    );
    assert_eq!(split("PDT", "pc", "PD8"), [(7, 0)]);
    assert_eq!(split("PDT", "pc", "PD20"), [(19, 17), (16, 8), (7, 0)]);
    let ddt = s.directories.iter().find(|d| d.name == "DDT").unwrap();
    let mode = ddt.mode.as_ref().unwrap();
    assert_eq!(
        (mode.owner.as_str(), mode.field.as_str()),
        ("ddtp", "iommu_mode")
    );
    let lvl3 = ddt.formats[0]
        .layouts
        .iter()
        .find(|l| l.mode == "LVL3")
        .unwrap();
    assert_eq!(lvl3.mode_value, 4);
}

#[test]
fn contexts_commands_and_records_are_declared() {
    let s = riscv();
    for name in ["DDTE", "DC", "PDTE", "PC", "MSI_PTE", "MSI_PTE_MRIF"] {
        assert!(s.entry(name).is_some(), "entry {name}");
    }
    assert_eq!(s.entry("DC").unwrap().size, 64);
    assert_eq!(s.entry("PC").unwrap().size, 16);
    let cq = s.queue("CQ").unwrap();
    assert_eq!(cq.indexes, ir::IndexKind::Plain);
    let cmds: Vec<(&str, u64, u64)> = cq
        .records
        .iter()
        .map(|r| (r.name.as_str(), r.opcode.unwrap(), r.func.unwrap()))
        .collect();
    assert_eq!(
        cmds,
        [
            ("IOTINVAL_VMA", 1, 0),
            ("IOTINVAL_GVMA", 1, 1),
            ("IOFENCE_C", 2, 0),
            ("IODIR_INVAL_DDT", 3, 0),
            ("IODIR_INVAL_PDT", 3, 1),
            ("ATS_INVAL", 4, 0),
            ("ATS_PRGR", 4, 1),
        ]
    );
    assert_eq!(s.queue("FQ").unwrap().records[0].name, "FAULT");
    assert_eq!(s.queue("PQ").unwrap().records[0].name, "PAGE_REQUEST");
    let causes = s.enum_named("FaultCause").unwrap();
    assert_eq!(causes.variants.len(), 30);
    assert_eq!(s.enum_named("FaultTtyp").unwrap().variants.len(), 9);
    assert!(s.used.iter().any(|u| u.entry == "DC") && s.used.iter().any(|u| u.entry == "PC"));
    let sem = s.semantics.as_ref().unwrap();
    assert_eq!(
        sem.ops.len(),
        7,
        "the contract's ops, domain_alloc and domain_free included"
    );
    assert!(sem.realises.iter().any(|r| r.entry == "DC"));
}

#[test]
fn page_tables_have_three_to_five_levels_and_a_leaf_predicate() {
    let s = riscv();
    let levels = |name: &str| -> Vec<(u32, u32, u32)> {
        let t = s.page_tables.iter().find(|t| t.name == name).unwrap();
        t.granules[0]
            .levels
            .iter()
            .map(|l| (l.level, l.index_msb, l.index_lsb))
            .collect()
    };
    assert_eq!(levels("Sv39"), [(2, 38, 30), (1, 29, 21), (0, 20, 12)]);
    assert_eq!(levels("Sv57").len(), 5);
    assert_eq!(levels("Sv57")[0], (4, 56, 48));
    // Second-stage roots resolve two more bits (16 KiB).
    assert_eq!(levels("Sv39x4")[0], (2, 40, 30));
    assert_eq!(levels("Sv48x4")[0], (3, 49, 39));
    assert_eq!(levels("Sv57x4")[0], (4, 58, 48));
    for t in &s.page_tables {
        let leaf = t.descriptors.iter().find(|d| d.name == "Leaf").unwrap();
        assert_eq!(leaf.at, ir::DescAt::Leaf);
        assert!(leaf.when.is_some(), "{}: leaf predicate", t.name);
        assert_eq!(leaf.layout.field("N").map(|f| f.lsb), Some(63));
        assert_eq!(
            leaf.layout.field("PBMT").map(|f| (f.msb, f.lsb)),
            Some((62, 61))
        );
    }
}

#[test]
fn nothing_panics_on_truncated_riscv_text() {
    // Every prefix of the fuzz seed that uses each new construct, and of the spec's fragments:
    // each either checks or returns diagnostics (rendering them must not panic either).
    let mut files = vec![repo("fuzz/seeds/riscv-constructs.iommu")];
    for f in ["registers", "tables", "queues", "pagetables"] {
        files.push(repo(&format!("specs/riscv_iommu/{f}.iommu")));
    }
    for path in files {
        let text = std::fs::read_to_string(&path).expect("read");
        assert!(
            iommugen_dsl::check_source("whole.iommu", &text).is_ok()
                || !path.ends_with("riscv-constructs.iommu"),
            "the seed checks clean"
        );
        for (i, _) in text.char_indices().step_by(31) {
            if let Err(d) = iommugen_dsl::check_source("prefix.iommu", &text[..i]) {
                let _ = d.render_plain();
            }
        }
    }
}
