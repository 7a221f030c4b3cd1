//! The words the generated API builds for a stage-1 domain equal the ones computed by hand from
//! the bit positions in the Arm SMMUv3 specification (IHI 0070, sections 5.2 and 5.4, 4.3.2,
//! 4.4.2, 4.7.3), for both the checked-in layer and, with `--features macro`, the expanded one.

use iommugen_examples::smmuv3::cmdq::{CmdCfgiSte, CmdSync, CmdTlbiNhAsid, CmdqCommand};
use iommugen_examples::smmuv3::entries::{Cd, Ste};
use iommugen_examples::smmuv3::enums::{
    CdFetchCacheability, CfgShareability, PhysAddrSize, SteS1dss, StreamConfig, Tg0Granule,
    WalkCacheability,
};
use iommugen_examples::smmuv3::support::{DecodeError, FieldError};

#[test]
fn stage1_ste() {
    let ste = Ste::new()
        .with_v(true)
        .with_config(StreamConfig::S1Trans)
        .with_s1_context_ptr(0x4010_0000)
        .unwrap()
        .with_s1dss(SteS1dss::Ssid0)
        .with_s1cir(CdFetchCacheability::WriteBackRa)
        .with_s1cor(CdFetchCacheability::WriteBackRa)
        .with_s1csh(CfgShareability::InnerShareable);
    // Qword 0: V [0], Config [3:1] = 0b101, S1ContextPtr in place from bit 6.
    assert_eq!(ste.0[0], 1 | (0b101 << 1) | 0x4010_0000);
    // Qword 1: S1DSS [1:0] = 2, S1CIR [3:2] = 1, S1COR [5:4] = 1, S1CSH [7:6] = 3.
    assert_eq!(ste.0[1], 2 | (1 << 2) | (1 << 4) | (3 << 6));
    assert!(ste.0[2..].iter().all(|&w| w == 0));
    assert_eq!(ste.config(), Ok(StreamConfig::S1Trans));
    assert_eq!(ste.s1_context_ptr(), 0x4010_0000);
}

#[test]
fn stage1_cd() {
    let cd = Cd::new()
        .with_t0sz(16)
        .unwrap()
        .with_tg0(Tg0Granule::Granule4K)
        .with_ir0(WalkCacheability::WriteBackRaWa)
        .with_or0(WalkCacheability::WriteBackRaWa)
        .with_sh0(CfgShareability::InnerShareable)
        .with_epd1(true)
        .with_v(true)
        .with_ips(PhysAddrSize::Bits44)
        .with_aa64(true)
        .with_r(true)
        .with_a(true)
        .with_aset(true)
        .with_asid(7)
        .with_ttb0(0x4020_0000)
        .unwrap()
        .with_mair0(0x04ff);
    // T0SZ [5:0], IR0 [9:8], OR0 [11:10], SH0 [13:12], EPD1 [30], V [31], IPS [34:32],
    // AA64 [41], R [45], A [46], ASET [47], ASID [63:48].
    let q0 = 16
        | (1 << 8)
        | (1 << 10)
        | (3 << 12)
        | (1 << 30)
        | (1 << 31)
        | (4 << 32)
        | (1 << 41)
        | (1 << 45)
        | (1 << 46)
        | (1 << 47)
        | (7 << 48);
    assert_eq!(cd.0[0], q0);
    // TTB0 in place in qword 1; MAIR0 in the low half of qword 3.
    assert_eq!(cd.0[1], 0x4020_0000);
    assert_eq!(cd.0[3], 0x04ff);
}

#[test]
fn commands_encode_and_decode() {
    let cfgi = CmdqCommand::CfgiSte(CmdCfgiSte::new().with_stream_id(0x10).with_leaf(true));
    assert_eq!(cfgi.encode(), [0x03 | (0x10 << 32), 1]);
    let tlbi = CmdqCommand::TlbiNhAsid(CmdTlbiNhAsid::new().with_asid(7));
    assert_eq!(tlbi.encode(), [0x11 | (7 << 48), 0]);
    let sync = CmdqCommand::Sync(CmdSync::new());
    assert_eq!(sync.encode(), [0x46, 0]);
    for c in [cfgi, tlbi, sync] {
        assert_eq!(CmdqCommand::decode(&c.encode()), Ok(c));
    }
    assert_eq!(
        CmdqCommand::decode(&[0xff, 0]),
        Err(DecodeError::UnknownOpcode {
            queue: "CMDQ",
            opcode: 0xff
        })
    );
    // CMD_SYNC with the reserved completion signal 3 is refused.
    assert!(matches!(
        CmdqCommand::decode(&[0x46 | (3 << 12), 0]),
        Err(DecodeError::Field(FieldError::Reserved { .. }))
    ));
}

#[test]
fn setters_refuse_bad_values() {
    assert_eq!(
        Ste::new().with_s1_context_ptr(0x4010_0008),
        Err(FieldError::Misaligned {
            field: "S1ContextPtr",
            value: 0x4010_0008,
            align: 64
        })
    );
    assert!(matches!(
        Ste::new().with_s1_context_ptr(1 << 60),
        Err(FieldError::OutOfRange { .. })
    ));
    assert!(matches!(
        Cd::new().with_t0sz(64),
        Err(FieldError::OutOfRange { field: "T0SZ", .. })
    ));
    // A reserved Config encoding reads back as an error, not a wrong variant.
    assert_eq!(
        Ste([0b0010, 0, 0, 0, 0, 0, 0, 0]).config(),
        Err(FieldError::Reserved {
            field: "Config",
            value: 1
        })
    );
}

#[test]
fn used_bits_follow_the_config() {
    let invalid = Ste::new();
    assert_eq!(
        invalid.used_bits().0[0],
        1,
        "only V is read while the STE is invalid"
    );
    let bypass = Ste::new().with_v(true).with_config(StreamConfig::Bypass);
    let s1 = Ste::new().with_v(true).with_config(StreamConfig::S1Trans);
    let s1_ptr_mask = ((1u64 << 50) - 1) << 6;
    assert_eq!(
        bypass.used_bits().0[0] & s1_ptr_mask,
        0,
        "bypass does not read S1ContextPtr"
    );
    assert_eq!(
        s1.used_bits().0[0] & s1_ptr_mask,
        s1_ptr_mask,
        "stage 1 reads S1ContextPtr"
    );
}
