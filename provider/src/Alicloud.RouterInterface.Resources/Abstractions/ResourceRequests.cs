using Alicloud.RouterInterface.Resources.Properties;

namespace Alicloud.RouterInterface.Resources.Abstractions;

/// <summary>Check: validate and normalise new inputs. <paramref name="Olds"/> are the old inputs (empty on create).</summary>
public sealed record ResourceCheckRequest(string Urn, string Name, PropertyMap Olds, PropertyMap News);

/// <summary>Diff: old outputs and old inputs against new, already checked inputs.</summary>
public sealed record ResourceDiffRequest(string Id, string Urn, PropertyMap OldOutputs, PropertyMap OldInputs, PropertyMap News, IReadOnlyList<string> IgnoreChanges);

/// <summary>Create. <paramref name="Timeout"/> is <c>customTimeouts.create</c> when set; in a preview nothing may touch the cloud.</summary>
public sealed record ResourceCreateRequest(string Urn, string Name, PropertyMap Properties, TimeSpan? Timeout, bool Preview);

/// <summary>Read (refresh or import). On import <paramref name="Properties"/> and <paramref name="Inputs"/> are empty.</summary>
public sealed record ResourceReadRequest(string Id, string Urn, PropertyMap Properties, PropertyMap Inputs, TimeSpan? Timeout);

public sealed record ResourceUpdateRequest(string Id, string Urn, PropertyMap OldOutputs, PropertyMap OldInputs, PropertyMap News, TimeSpan? Timeout, bool Preview, IReadOnlyList<string> IgnoreChanges);

/// <summary>Delete. <paramref name="Timeout"/> is <c>customTimeouts.delete</c> when set (the engine sends seconds, 0 = not set).</summary>
public sealed record ResourceDeleteRequest(string Id, string Urn, PropertyMap Properties, PropertyMap OldInputs, TimeSpan? Timeout);
