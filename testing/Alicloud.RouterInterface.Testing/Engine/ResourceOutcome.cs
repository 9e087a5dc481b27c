using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Pulumirpc;

namespace Alicloud.RouterInterface.Testing.Engine;

public enum StepKind
{
    Create,
    Update,
    Same,
    Replace,
    CreateReplacement,
    DeleteReplaced,
    Delete,
    Read,
    Refresh,
    Import,
}

public enum OutcomeStatus
{
    Succeeded,
    Failed,

    /// <summary>Not attempted: a dependency failed, the operation stopped after an error, or it was cancelled.</summary>
    Skipped,

    /// <summary>Dropped from the state without calling the provider (retainOnDelete).</summary>
    Retained,
}

/// <summary>One step for one resource: what ran, how it ended, how long it took, what the provider answered.</summary>
public sealed record ResourceOutcome
{
    public required string Urn { get; init; }

    public required string Name { get; init; }

    public required string Type { get; init; }

    public required StepKind Step { get; init; }

    public required OutcomeStatus Status { get; init; }

    /// <summary>The error as the CLI prints it (the gRPC status message, or the engine's own message).</summary>
    public string? Error { get; init; }

    /// <summary>The gRPC status code of a failed RPC.</summary>
    public StatusCode? Code { get; init; }

    /// <summary>True when the engine would flag the resource's status as unknown (Internal, Unknown or DataLoss).</summary>
    public bool StatusUnknown => Code is StatusCode.Internal or StatusCode.Unknown or StatusCode.DataLoss;

    public TimeSpan Duration { get; init; }

    public string? Id { get; init; }

    public Struct? Inputs { get; init; }

    public Struct? Outputs { get; init; }

    public IReadOnlyList<Pulumirpc.CheckFailure> CheckFailures { get; init; } = [];

    public DiffResponse? Diff { get; init; }

    /// <summary>Reasons of an <c>ErrorResourceInitFailed</c> detail.</summary>
    public IReadOnlyList<string> InitErrors { get; init; } = [];

    /// <summary>Warnings the engine prints for this step (e.g. import check failures, Read init errors).</summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];

    public bool Ok => Status is OutcomeStatus.Succeeded or OutcomeStatus.Retained;

    public override string ToString() =>
        $"{Name} {Step} {Status}{(Error is null ? "" : $" ({Code}: {Error})")} in {Duration.TotalSeconds:0.00} s";
}
