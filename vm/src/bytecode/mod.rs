//! Bytecode: the opcode table (`opcodes.rs`), code objects (`code.rs`) and the disassembler
//! (`dis.rs`).

pub mod code;
pub mod dis;
pub mod opcodes;

pub use code::CodeObject;
pub use opcodes::Op;
