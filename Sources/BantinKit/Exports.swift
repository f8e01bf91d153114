// The public read API hands out the model of the extraction target (conclusions, tasks, units,
// deadlines, diagnostics): a program that imports BantinKit sees those types too.
@_exported import BantinCore
