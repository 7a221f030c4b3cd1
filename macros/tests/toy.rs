//! Every spec's generated layer compiles, whatever its names: the toy spec has a register
//! called `ERR`, whose value type `ERR` must not shadow `Result::Err` in the generated code.

#[allow(dead_code)]
mod toy {
    iommugen_macros::iommu_spec!("../examples/toy.iommu");
}

#[test]
fn the_toy_layer_compiles_and_its_err_register_works() {
    use toy::regs::ERR;
    let e = ERR::from_bits(0b1);
    assert!(e.CMDQ_ERR());
}
