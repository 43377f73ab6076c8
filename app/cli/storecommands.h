// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "commandsupport.h"

namespace Newsroom::Cli {

int runInit(Context &context);
int runList(Context &context);
int runShow(Context &context);
int runSearch(Context &context);

int runImport(Context &context);
int runExportMarkdown(Context &context);
int runExport(Context &context);
int runBackup(Context &context);
int runRestore(Context &context);
int runCheck(Context &context);
int runDictionary(Context &context);

int runPeople(Context &context);
int runSubmit(Context &context);
int runRequestChanges(Context &context);
int runApprove(Context &context);
int runSchedule(Context &context);
int runUnschedule(Context &context);
int runPublish(Context &context);
int runUnpublish(Context &context);
int runCorrect(Context &context);
int runEmbargo(Context &context);
int runPublishDue(Context &context);
int runTrash(Context &context);
int runHistory(Context &context);

int runTranslate(Context &context);
int runTranslations(Context &context);

} // namespace Newsroom::Cli
