using System.Security.Cryptography;
using Google.Protobuf;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Pulumirpc;

namespace Alicloud.RouterInterface.Testing.Engine;

/// <summary>
/// One engine operation in progress: the loaded provider, the state, the outcomes recorded so far, and the Ctrl-C
/// handling (Cancel to the provider, no new steps, running steps finish).
/// </summary>
internal sealed partial class Deployment
{
    private readonly Ledger _ledger;
    private readonly PulumiEngineOptions _options;
    private readonly string _providerUrn;

    public Deployment(PulumiEngineOptions options, StackState state, ProviderSession session, bool dryRun)
        : this(options, state, session, dryRun, new Ledger(), Urns.DefaultProvider(state.Stack, state.Project, options.Package))
    {
    }

    private Deployment(PulumiEngineOptions options, StackState state, ProviderSession session, bool dryRun, Ledger ledger, string providerUrn)
    {
        _options = options;
        State = state;
        Session = session;
        DryRun = dryRun;
        _ledger = ledger;
        _providerUrn = providerUrn;
        lock (ledger.Gate)
        {
            ledger.Sessions.Add(session);
        }
    }

    public StackState State { get; }

    /// <summary>The provider this deployment's steps go to (one plugin process per provider, pkg/host/host.go).</summary>
    public ProviderSession Session { get; }

    public bool DryRun { get; }

    public bool Interrupted => _ledger.Interrupted;

    /// <summary>Whether the scheduler may start new steps.</summary>
    public bool ShouldStop => _ledger.Interrupted || (_ledger.Failed && !_options.ContinueOnError);

    public IReadOnlyList<ResourceOutcome> Outcomes
    {
        get
        {
            lock (_ledger.Gate)
            {
                return [.. _ledger.Outcomes];
            }
        }
    }

    public IReadOnlyList<string> Errors
    {
        get
        {
            lock (_ledger.Gate)
            {
                return [.. _ledger.Errors];
            }
        }
    }

    /// <summary>Every provider session of the operation (the default one first).</summary>
    public IReadOnlyList<ProviderSession> Sessions
    {
        get
        {
            lock (_ledger.Gate)
            {
                return [.. _ledger.Sessions];
            }
        }
    }

    /// <summary>The provider this operation drives: the one it was made for, or the explicit provider named by <see cref="ProviderName"/>.</summary>
    public string ProviderUrn => ProviderName is null ? _providerUrn
        : ProviderName == Urns.DefaultProviderName ? Urns.DefaultProvider(State.Stack, State.Project, _options.Package)
        : Urns.Create(State.Stack, State.Project, ProviderType, ProviderName);

    /// <summary>An explicit provider's name (<c>new Provider("name", …)</c>) set by a program's monitor; null keeps the provider the deployment was made for.</summary>
    public string? ProviderName { get; init; }

    /// <summary>The provider ID the last Configure used (the unknown sentinel in a preview of a changed configuration).</summary>
    public string? ConfiguredProviderId { get; private set; }

    public bool IsDefaultProvider => ProviderUrn == Urns.DefaultProvider(State.Stack, State.Project, _options.Package);

    /// <summary>The provider's reference as resources record it: null for the default provider.</summary>
    public string? ProviderReference => IsDefaultProvider ? null : ProviderUrn;

    public string ProviderType => Urns.ProviderType(_options.Package);

    /// <summary>The same operation (state, outcomes, Ctrl-C) with the steps going to another provider's session.</summary>
    public Deployment ForProvider(ProviderSession session, string providerUrn) =>
        new(_options, State, session, DryRun, _ledger, providerUrn);

    /// <summary>First Ctrl-C: no new steps, Cancel to every provider (30 s deadline); running steps end with the provider's answer.</summary>
    public void Interrupt()
    {
        lock (_ledger.Gate)
        {
            if (_ledger.Interrupted)
            {
                return;
            }

            _ledger.Interrupted = true;
            _ledger.InterruptCancels.AddRange(_ledger.Sessions.Select(s => s.CancelAsync(_options.InterruptCancelDeadline)));
        }
    }

    public async Task WaitForInterruptAsync()
    {
        Task<string?>[] cancels;
        lock (_ledger.Gate)
        {
            cancels = [.. _ledger.InterruptCancels];
        }

        foreach (var cancel in cancels)
        {
            if (await cancel is { } error)
            {
                AddError($"Cancel failed: {error}");
            }
        }
    }

    public void AddError(string error)
    {
        lock (_ledger.Gate)
        {
            _ledger.Errors.Add(error);
        }
    }

    public void Record(ResourceOutcome outcome)
    {
        lock (_ledger.Gate)
        {
            _ledger.Outcomes.Add(outcome);
        }

        if (outcome.Status == OutcomeStatus.Failed)
        {
            _ledger.Failed = true;
        }
    }

    public void RecordSkipped(string urn, string name, string type, StepKind step, string reason) =>
        Record(new ResourceOutcome { Urn = urn, Name = name, Type = type, Step = step, Status = OutcomeStatus.Skipped, Error = reason });

    public CallOptions Call() => Session.CallOptions(CancellationToken.None);

    public long Now() => _options.TimeProvider.GetTimestamp();

    public TimeSpan Since(long started) => _options.TimeProvider.GetElapsedTime(started);

    /// <summary>What the engine sends for properties: secrets and references only if the provider accepted them.</summary>
    public Struct Send(Struct? properties) => PropertyValues.ForProvider(properties, Session.AcceptSecrets, Session.AcceptResources);

    /// <summary>
    /// Outputs as the engine keeps them: if the provider did not accept secrets, top-level outputs whose input was
    /// secret are made secret again (annotateSecrets).
    /// </summary>
    public Struct Receive(Struct? outputs, Struct? inputs)
    {
        var result = outputs?.Clone() ?? new Struct();
        if (Session.AcceptSecrets || inputs is null)
        {
            return result;
        }

        foreach (var (key, input) in inputs.Fields)
        {
            if (PropertyValues.IsSecret(input) && result.Fields.TryGetValue(key, out var output) && !PropertyValues.IsSecret(output))
            {
                result.Fields[key] = PropertyValues.Secret(output);
            }
        }

        return result;
    }

    public static ByteString RandomSeed() => ByteString.CopyFrom(RandomNumberGenerator.GetBytes(32));

    /// <summary>The message the CLI prints for a failed RPC, plus the init-failure reasons if the provider attached them.</summary>
    public static (string Message, StatusCode Code, ErrorResourceInitFailed? InitFailed) Describe(RpcException exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        ErrorResourceInitFailed? initFailed = null;
        try
        {
            initFailed = exception.GetRpcStatus()?.GetDetail<ErrorResourceInitFailed>();
        }
        catch (InvalidOperationException)
        {
            // Undecodable details: the engine would show the message only.
        }

        return (exception.Status.Detail, exception.StatusCode, initFailed);
    }

    /// <summary>What the deployments of one operation share: outcomes, errors, the failure and Ctrl-C flags, the sessions.</summary>
    private sealed class Ledger
    {
        public readonly Lock Gate = new();
        public readonly List<ResourceOutcome> Outcomes = [];
        public readonly List<string> Errors = [];
        public readonly List<ProviderSession> Sessions = [];
        public readonly List<Task<string?>> InterruptCancels = [];
        public volatile bool Failed;
        public volatile bool Interrupted;
    }
}
