// The public read API hands out the model of the extraction target (conclusions, tasks, units,
// deadlines, diagnostics): a program that imports BantinKit sees those types too.
@_exported import BantinCore
// The time of each build stage and what rendering wrote, for the command line's report.
@_exported import struct BantinSite.StageTimes
@_exported import struct BantinRender.RenderSummary
