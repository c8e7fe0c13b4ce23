using DisclosureModel.Cli;

return await CliApp.RunAsync(args, CliIo.Console).ConfigureAwait(false);
