using Alicloud.Vpc.Emulator.Actions;
using Alicloud.Vpc.Emulator.Faults;
using Alicloud.Vpc.Emulator.Protocol;
using Alicloud.Vpc.Emulator.State;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Alicloud.Vpc.Emulator.Admin;

/// <summary>The unsigned admin surface under /_emulator/ (loopback only, like the whole server).</summary>
internal static class AdminEndpoints
{
    public const string Prefix = "/_emulator";

    public static void MapEmulatorAdmin(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        var admin = endpoints.MapGroup(Prefix);
        admin.MapGet("/health", (HttpContext c, ActionDispatcher d) =>
            AdminJson.WriteAsync(c.Response, new HealthBody("ok", OpenApiHandler.ApiVersion, d.ActionNames), c.RequestAborted));

        admin.MapPost("/reset", (HttpContext c, StateStore store, NonceCache nonces, RequestLog log, FaultInjector faults, ApiQuotas quotas) =>
        {
            store.Reset();
            quotas.Clear();
            nonces.Clear();
            log.Clear();
            faults.Clear();
            return AdminJson.WriteAsync(c.Response, new { reset = true }, c.RequestAborted);
        });

        admin.MapGet("/state", async (HttpContext c, StateStore store) =>
        {
            c.Response.ContentType = ApiJson.ContentType;
            await c.Response.Body.WriteAsync(store.Dump(), c.RequestAborted);
        });

        admin.MapGet("/transitions", (HttpContext c, TransitionDurations d) => AdminJson.WriteAsync(c.Response, d.Snapshot(), c.RequestAborted));
        admin.MapPut("/transitions", async (HttpContext c, TransitionDurations d) =>
        {
            var body = await AdminJson.ReadAsync<Dictionary<string, double>>(c.Request, c.RequestAborted);
            try
            {
                d.Apply(body);
            }
            catch (ArgumentException error)
            {
                throw ApiErrors.InvalidParameter("Body", error.Message);
            }

            await AdminJson.WriteAsync(c.Response, d.Snapshot(), c.RequestAborted);
        });

        admin.MapGet("/limits", (HttpContext c, EmulatorLimits l) => WriteLimitsAsync(c, l));
        admin.MapPut("/limits", async (HttpContext c, EmulatorLimits l) =>
        {
            var body = await AdminJson.ReadAsync<LimitsBody>(c.Request, c.RequestAborted);
            if (body.Qps is < 0 || body.RouterInterfacesPerRouter is < 1 or > EmulatorLimits.MaxRouterInterfacesPerRouter)
            {
                throw ApiErrors.InvalidParameter("Body", $"qps >= 0; routerInterfacesPerRouter 1..{EmulatorLimits.MaxRouterInterfacesPerRouter}.");
            }

            l.Qps = body.Qps ?? l.Qps;
            l.RouterInterfacesPerRouter = body.RouterInterfacesPerRouter ?? l.RouterInterfacesPerRouter;
            await WriteLimitsAsync(c, l);
        });

        admin.MapGet("/variants", (HttpContext c, Behaviour.EmulatorBehaviour b) => WriteVariantsAsync(c, b));
        admin.MapPut("/variants", async (HttpContext c, Behaviour.EmulatorBehaviour b) =>
        {
            var body = await AdminJson.ReadAsync<VariantsBody>(c.Request, c.RequestAborted);
            var overrides = (body.Variants ?? new Dictionary<string, System.Text.Json.JsonElement>())
                .ToDictionary(kv => kv.Key, kv => kv.Value.ValueKind == System.Text.Json.JsonValueKind.String ? kv.Value.GetString()! : kv.Value.GetRawText(), StringComparer.Ordinal);
            try
            {
                b.Apply(body.Profile, body.Seed, overrides);
            }
            catch (ArgumentException error)
            {
                throw ApiErrors.InvalidParameter("Body", error.Message);
            }

            await WriteVariantsAsync(c, b);
        });

        admin.MapGet("/quotas", (HttpContext c, ApiQuotas q) => AdminJson.WriteAsync(c.Response, q.Snapshot(), c.RequestAborted));
        admin.MapPut("/quotas", async (HttpContext c, ApiQuotas q, ActionDispatcher d) =>
        {
            var body = await AdminJson.ReadAsync<Dictionary<string, int>>(c.Request, c.RequestAborted);
            try
            {
                q.Apply(body, d.ActionNames);
            }
            catch (ArgumentException error)
            {
                throw ApiErrors.InvalidParameter("Body", error.Message);
            }

            await AdminJson.WriteAsync(c.Response, q.Snapshot(), c.RequestAborted);
        });

        admin.MapGet("/faults", (HttpContext c, FaultInjector f) => AdminJson.WriteAsync(c.Response, new FaultsBody(f.Snapshot()), c.RequestAborted));
        admin.MapPost("/faults", async (HttpContext c, FaultInjector f) =>
        {
            var rule = await AdminJson.ReadAsync<FaultRule>(c.Request, c.RequestAborted);
            if (rule.Validate() is { } problem)
            {
                throw ApiErrors.InvalidParameter("Body", problem);
            }

            f.Add(rule);
            await AdminJson.WriteAsync(c.Response, new FaultsBody(f.Snapshot()), c.RequestAborted);
        });
        admin.MapDelete("/faults", (HttpContext c, FaultInjector f) =>
        {
            f.Clear();
            return AdminJson.WriteAsync(c.Response, new FaultsBody([]), c.RequestAborted);
        });

        admin.MapGet("/requests", (HttpContext c, RequestLog log) =>
        {
            var action = c.Request.Query["action"].ToString();
            return AdminJson.WriteAsync(c.Response, log.Snapshot(action.Length == 0 ? null : action), c.RequestAborted);
        });

        admin.MapPost("/seed", async (HttpContext c, StateStore store) =>
        {
            var body = await AdminJson.ReadAsync<SeedBody>(c.Request, c.RequestAborted);
            var result = store.Write(session => SeedApplier.Apply(body, session));
            await AdminJson.WriteAsync(c.Response, result, c.RequestAborted);
        });
    }

    private static Task WriteVariantsAsync(HttpContext context, Behaviour.EmulatorBehaviour behaviour)
    {
        var (profile, seed, variants) = behaviour.Snapshot();
        var values = Behaviour.VariantCatalog.All.ToDictionary(
            d => d.Name,
            d => d.IsNumeric ? (object)double.Parse(variants.Values[d.Name], System.Globalization.CultureInfo.InvariantCulture) : variants.Values[d.Name],
            StringComparer.Ordinal);
        return AdminJson.WriteAsync(context.Response, new VariantsAnswer(profile, seed, values), context.RequestAborted);
    }

    private static Task WriteLimitsAsync(HttpContext context, EmulatorLimits limits) =>
        AdminJson.WriteAsync(context.Response, new LimitsBody(limits.Qps, limits.RouterInterfacesPerRouter), context.RequestAborted);
}
