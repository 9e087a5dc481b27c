using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Pulumirpc;

namespace Alicloud.RouterInterface.Testing.Engine;

/// <summary>The per-resource steps of §4.2–4.6, with the engine's checks of what the provider answers.</summary>
internal sealed partial class Deployment
{
    /// <summary>up/preview of one registration: Check, then Create, or Diff and Same/Update/Replace.</summary>
    public async Task<bool> RegisterAsync(ResourceDeclaration declaration, IReadOnlyList<string> dependencies)
    {
        var urn = Urns.Create(State.Stack, State.Project, declaration.Type, declaration.Name);
        var old = State.FindByUrn(urn);
        var started = Now();
        var step = old is null ? StepKind.Create : StepKind.Update;
        var news = ApplyIgnoreChanges(declaration.Inputs, old?.Inputs, declaration.IgnoreChanges);
        CheckResponse check;
        try
        {
            check = await Session.Client.CheckAsync(
                new CheckRequest
                {
                    Urn = urn,
                    Olds = Send(old?.Inputs),
                    News = Send(news),
                    RandomSeed = RandomSeed(),
                    Name = declaration.Name,
                    Type = declaration.Type,
                },
                Call());
        }
        catch (RpcException exception)
        {
            return Failed(urn, declaration.Name, declaration.Type, step, started, exception);
        }

        if (check.Failures.Count > 0)
        {
            Record(new ResourceOutcome
            {
                Urn = urn,
                Name = declaration.Name,
                Type = declaration.Type,
                Step = step,
                Status = OutcomeStatus.Failed,
                Error = string.Join(Environment.NewLine, check.Failures.Select(f => CheckFailureText(declaration.Type, declaration.Name, news, f))),
                CheckFailures = [.. check.Failures],
                Duration = Since(started),
            });
            return false;
        }

        var inputs = Receive(check.Inputs ?? news, news);
        var resource = new StackResource
        {
            Urn = urn,
            Type = declaration.Type,
            Name = declaration.Name,
            Id = old?.Id ?? "",
            Inputs = inputs,
            Outputs = old?.Outputs ?? new Struct(),
            Dependencies = dependencies,
            CustomTimeouts = declaration.CustomTimeouts,
            Provider = ProviderReference,
            Protect = declaration.Protect,
            RetainOnDelete = declaration.RetainOnDelete,
            DeleteBeforeReplace = declaration.DeleteBeforeReplace,
        };
        if (old is null)
        {
            return await CreateAsync(resource, StepKind.Create, started, replacing: null);
        }

        DiffResponse diff;
        try
        {
            diff = await Session.Client.DiffAsync(
                new DiffRequest
                {
                    Id = old.Id,
                    Urn = urn,
                    Olds = Send(old.Outputs),
                    News = Send(inputs),
                    OldInputs = Send(old.Inputs),
                    IgnoreChanges = { declaration.IgnoreChanges },
                    Name = declaration.Name,
                    Type = declaration.Type,
                },
                Call());
        }
        catch (RpcException exception)
        {
            return Failed(urn, declaration.Name, declaration.Type, StepKind.Update, started, exception);
        }

        var changed = diff.Changes switch
        {
            DiffResponse.Types.DiffChanges.DiffNone => false,
            DiffResponse.Types.DiffChanges.DiffSome => true,
            _ => !inputs.Equals(old.Inputs), // DIFF_UNKNOWN: the engine compares old and new inputs itself
        };
        if (!changed && old.InitErrors.Count > 0)
        {
            // A resource with init errors gets an Update even when Diff says DIFF_NONE, olds = its outputs and news =
            // its inputs (pkg/resource/deploy/step_generator.go, "initialization errors").
            return await UpdateAsync(old, resource, declaration.IgnoreChanges, started, diff);
        }

        if (!changed)
        {
            if (!DryRun)
            {
                State.Upsert(resource with { Outputs = old.Outputs, InitErrors = old.InitErrors });
            }

            Record(Succeeded(resource with { Outputs = old.Outputs }, StepKind.Same, started, diff));
            return true;
        }

        var replace = diff.Replaces.Count > 0 || diff.DetailedDiff.Values.Any(d => d.Kind is
            PropertyDiff.Types.Kind.AddReplace or PropertyDiff.Types.Kind.DeleteReplace or PropertyDiff.Types.Kind.UpdateReplace);
        if (!replace)
        {
            return await UpdateAsync(old, resource, declaration.IgnoreChanges, started, diff);
        }

        if (DryRun)
        {
            return await CreateAsync(resource with { Id = "" }, StepKind.Replace, started, replacing: null);
        }

        if (diff.DeleteBeforeReplace || declaration.DeleteBeforeReplace)
        {
            return await DeleteAsync(old, StepKind.DeleteReplaced)
                && await CreateAsync(resource with { Id = "" }, StepKind.CreateReplacement, Now(), replacing: null);
        }

        return await CreateAsync(resource with { Id = "" }, StepKind.CreateReplacement, started, replacing: old);
    }

    /// <summary>Create (or its preview). A replaced resource stays in the state as a pending delete.</summary>
    public async Task<bool> CreateAsync(StackResource resource, StepKind step, long started, StackResource? replacing)
    {
        if (DryRun && !Session.SupportsPreview)
        {
            // The engine fakes a preview for providers that cannot preview: outputs = inputs.
            Record(Succeeded(resource with { Outputs = resource.Inputs }, step, started));
            return true;
        }

        CreateResponse response;
        try
        {
            response = await Session.Client.CreateAsync(
                new CreateRequest
                {
                    Urn = resource.Urn,
                    Properties = Send(resource.Inputs),
                    Timeout = resource.CustomTimeouts?.CreateSeconds ?? 0,
                    Preview = DryRun,
                    Name = resource.Name,
                    Type = resource.Type,
                },
                Call());
        }
        catch (RpcException exception)
        {
            var (_, _, initFailed) = Describe(exception);
            if (initFailed is not null && !DryRun)
            {
                Store(resource with { Id = initFailed.Id, Outputs = Receive(initFailed.Properties, resource.Inputs), InitErrors = [.. initFailed.Reasons] }, replacing);
            }

            return Failed(resource.Urn, resource.Name, resource.Type, step, started, exception);
        }

        var created = resource with { Id = response.Id, Outputs = Receive(response.Properties, resource.Inputs) };
        if (!DryRun && string.IsNullOrEmpty(response.Id))
        {
            return Failed(created, step, started, "plugin returned empty resource.ID from create");
        }

        if (!DryRun && PropertyValues.ContainsUnknowns(response.Properties))
        {
            return Failed(created, step, started, "unexpected unknown property value in the outputs of create");
        }

        if (!DryRun)
        {
            Store(created, replacing);
        }

        Record(Succeeded(created, step, started));
        return true;
    }

    /// <summary>Delete: success removes the resource from the state; failure keeps it (the engine's contract).</summary>
    public async Task<bool> DeleteAsync(StackResource resource, StepKind step)
    {
        var started = Now();
        if (resource.Protect)
        {
            return Failed(resource, step, started, $"resource {resource.Urn} cannot be deleted because it is protected");
        }

        if (resource.RetainOnDelete)
        {
            State.Remove(resource);
            Record(Outcome(resource, step, OutcomeStatus.Retained, started));
            return true;
        }

        try
        {
            await Session.Client.DeleteAsync(
                new DeleteRequest
                {
                    Id = resource.Id,
                    Urn = resource.Urn,
                    Properties = Send(resource.Outputs),
                    Timeout = resource.CustomTimeouts?.DeleteSeconds ?? 0,
                    OldInputs = Send(resource.Inputs),
                    Name = resource.Name,
                    Type = resource.Type,
                },
                Call());
        }
        catch (RpcException exception)
        {
            return Failed(resource.Urn, resource.Name, resource.Type, step, started, exception);
        }

        State.Remove(resource);
        Record(Outcome(resource, step, OutcomeStatus.Succeeded, started));
        return true;
    }

    /// <summary>refresh of one resource: Read; an empty ID removes it from the state.</summary>
    public async Task<bool> RefreshAsync(StackResource resource)
    {
        var started = Now();
        ReadResponse response;
        try
        {
            response = await Session.Client.ReadAsync(
                new ReadRequest
                {
                    Id = resource.Id,
                    Urn = resource.Urn,
                    Properties = Send(resource.Outputs),
                    Inputs = Send(resource.Inputs),
                    Name = resource.Name,
                    Type = resource.Type,
                },
                Call());
        }
        catch (RpcException exception) when (Describe(exception).InitFailed is { } initFailed)
        {
            // Init errors from Read are only warnings.
            var partial = resource with { Outputs = Receive(initFailed.Properties, resource.Inputs), InitErrors = [.. initFailed.Reasons] };
            State.Upsert(partial);
            Record(Succeeded(partial, StepKind.Refresh, started) with { Warnings = [.. initFailed.Reasons] });
            return true;
        }
        catch (RpcException exception)
        {
            return Failed(resource.Urn, resource.Name, resource.Type, StepKind.Refresh, started, exception);
        }

        if (string.IsNullOrEmpty(response.Id))
        {
            State.Remove(resource);
            Record(Outcome(resource with { Id = "" }, StepKind.Refresh, OutcomeStatus.Succeeded, started) with { Warnings = ["the resource no longer exists; removed from the state"] });
            return true;
        }

        if (PropertyValues.ContainsUnknowns(response.Properties) || PropertyValues.ContainsUnknowns(response.Inputs))
        {
            return Failed(resource, StepKind.Refresh, started, "unexpected unknown property value in the result of read");
        }

        var refreshed = resource with
        {
            Id = response.Id,
            Outputs = Receive(response.Properties, resource.Inputs),
            Inputs = response.Inputs is null ? resource.Inputs : Receive(response.Inputs, resource.Inputs),
            InitErrors = [],
        };
        State.Upsert(refreshed);
        Record(Succeeded(refreshed, StepKind.Refresh, started));
        return true;
    }

    /// <summary>import: Read with the ID only (must return properties and inputs), then Check (failures are warnings).</summary>
    public async Task<bool> ImportAsync(string type, string name, string id)
    {
        var urn = Urns.Create(State.Stack, State.Project, type, name);
        var started = Now();
        if (State.FindByUrn(urn) is not null)
        {
            return Failed(urn, name, type, StepKind.Import, started, $"resource '{urn}' already exists");
        }

        ReadResponse read;
        try
        {
            read = await Session.Client.ReadAsync(new ReadRequest { Id = id, Urn = urn, Name = name, Type = type }, Call());
        }
        catch (RpcException exception)
        {
            return Failed(urn, name, type, StepKind.Import, started, exception);
        }

        if (read.Properties is null || string.IsNullOrEmpty(read.Id))
        {
            return Failed(urn, name, type, StepKind.Import, started, $"resource '{id}' does not exist");
        }

        if (read.Inputs is null)
        {
            return Failed(urn, name, type, StepKind.Import, started, $"provider does not support importing resources; please try updating the '{_options.Package}' plugin");
        }

        CheckResponse check;
        try
        {
            check = await Session.Client.CheckAsync(
                new CheckRequest { Urn = urn, Olds = read.Inputs, News = read.Inputs, RandomSeed = RandomSeed(), Name = name, Type = type },
                Call());
        }
        catch (RpcException exception)
        {
            return Failed(urn, name, type, StepKind.Import, started, exception);
        }

        var imported = new StackResource
        {
            Urn = urn,
            Type = type,
            Name = name,
            Id = read.Id,
            Inputs = check.Failures.Count == 0 && check.Inputs is not null ? check.Inputs : read.Inputs,
            Outputs = read.Properties,
        };
        State.Upsert(imported);
        Record(Succeeded(imported, StepKind.Import, started) with
        {
            CheckFailures = [.. check.Failures],
            Warnings = [.. check.Failures.Select(f => $"one or more inputs failed to validate: {f.Property}: {f.Reason}")],
        });
        return true;
    }

    private async Task<bool> UpdateAsync(StackResource old, StackResource resource, IReadOnlyList<string> ignoreChanges, long started, DiffResponse diff)
    {
        if (DryRun && !Session.SupportsPreview)
        {
            Record(Succeeded(resource with { Outputs = resource.Inputs }, StepKind.Update, started, diff));
            return true;
        }

        UpdateResponse response;
        try
        {
            response = await Session.Client.UpdateAsync(
                new UpdateRequest
                {
                    Id = old.Id,
                    Urn = old.Urn,
                    Olds = Send(old.Outputs),
                    News = Send(resource.Inputs),
                    Timeout = resource.CustomTimeouts?.UpdateSeconds ?? 0,
                    IgnoreChanges = { ignoreChanges },
                    Preview = DryRun,
                    OldInputs = Send(old.Inputs),
                    Name = old.Name,
                    Type = old.Type,
                },
                Call());
        }
        catch (RpcException exception)
        {
            if (Describe(exception).InitFailed is { } initFailed && !DryRun)
            {
                // A partial update keeps the detail's outputs but the OLD inputs (pkg/engine/update.go, "partially-failed
                // update"); the detail's inputs are ignored (pkg/resource/plugin/provider_plugin.go parseError).
                State.Upsert(resource with { Inputs = old.Inputs, Outputs = Receive(initFailed.Properties, old.Inputs), InitErrors = [.. initFailed.Reasons] });
            }

            return Failed(old.Urn, old.Name, old.Type, StepKind.Update, started, exception);
        }

        var updated = resource with { Outputs = Receive(response.Properties, resource.Inputs) };
        if (!DryRun && PropertyValues.ContainsUnknowns(response.Properties))
        {
            return Failed(updated, StepKind.Update, started, "unexpected unknown property value in the outputs of update");
        }

        if (!DryRun)
        {
            State.Upsert(updated);
        }

        Record(Succeeded(updated, StepKind.Update, started, diff));
        return true;
    }

    private void Store(StackResource created, StackResource? replacing)
    {
        State.Upsert(created);
        if (replacing is not null)
        {
            State.Upsert(replacing with { PendingDelete = true });
        }
    }

    /// <summary>
    /// A CheckFailure as the engine prints it (pkg/resource/deploy/step_generator.go issueCheckFailures,
    /// sdk/go/common/diag/errors.go 2002/2003): with a property, that input's value is printed beside the reason, in
    /// clear even when it is a secret (<c>PropertyValue.String()</c> does not redact).
    /// </summary>
    internal static string CheckFailureText(string type, string name, Struct inputs, Pulumirpc.CheckFailure failure) =>
        string.IsNullOrEmpty(failure.Property)
            ? $"{type} resource '{name}' has a problem: {failure.Reason}"
            : $"{type} resource '{name}': property {failure.Property} value {PropertyValues.EngineText(inputs.Fields.GetValueOrDefault(failure.Property))} has a problem: {failure.Reason}";

    /// <summary>ignoreChanges: the named top-level inputs keep their old values (or stay absent).</summary>
    private static Struct ApplyIgnoreChanges(Struct news, Struct? olds, IReadOnlyList<string> ignoreChanges)
    {
        if (olds is null || ignoreChanges.Count == 0)
        {
            return news;
        }

        var result = news.Clone();
        foreach (var key in ignoreChanges)
        {
            if (olds.Fields.TryGetValue(key, out var old))
            {
                result.Fields[key] = old.Clone();
            }
            else
            {
                result.Fields.Remove(key);
            }
        }

        return result;
    }

    private ResourceOutcome Outcome(StackResource resource, StepKind step, OutcomeStatus status, long started) => new()
    {
        Urn = resource.Urn,
        Name = resource.Name,
        Type = resource.Type,
        Step = step,
        Status = status,
        Id = resource.Id,
        Inputs = resource.Inputs,
        Outputs = resource.Outputs,
        Duration = Since(started),
    };

    private ResourceOutcome Succeeded(StackResource resource, StepKind step, long started, DiffResponse? diff = null) =>
        Outcome(resource, step, OutcomeStatus.Succeeded, started) with { Diff = diff, InitErrors = resource.InitErrors };

    private bool Failed(StackResource resource, StepKind step, long started, string error)
    {
        Record(Outcome(resource, step, OutcomeStatus.Failed, started) with { Error = error });
        return false;
    }

    private bool Failed(string urn, string name, string type, StepKind step, long started, string error)
    {
        Record(new ResourceOutcome { Urn = urn, Name = name, Type = type, Step = step, Status = OutcomeStatus.Failed, Error = error, Duration = Since(started) });
        return false;
    }

    private bool Failed(string urn, string name, string type, StepKind step, long started, RpcException exception)
    {
        var (message, code, initFailed) = Describe(exception);
        if (initFailed is not null)
        {
            message = InitErrorText(initFailed.Reasons);
        }

        Record(new ResourceOutcome
        {
            Urn = urn,
            Name = name,
            Type = type,
            Step = step,
            Status = OutcomeStatus.Failed,
            Error = message,
            Code = code,
            Id = initFailed?.Id,
            Outputs = initFailed?.Properties,
            InitErrors = initFailed is null ? [] : [.. initFailed.Reasons],
            Duration = Since(started),
        });
        return false;
    }

    /// <summary>
    /// The error the engine prints for a partial failure: its <c>InitError</c> (provider_plugin.go), a go-multierror of
    /// the reasons; the status message is not shown.
    /// </summary>
    internal static string InitErrorText(IReadOnlyCollection<string> reasons) =>
        reasons.Count == 0
            ? "resource init failed"
            : $"{reasons.Count} error{(reasons.Count == 1 ? "" : "s")} occurred:\n" + string.Concat(reasons.Select(r => $"\t* {r}\n")) + "\n";
}
