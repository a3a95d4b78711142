import { defineCatalogue } from "~src/i18n/catalogue"

/** Words for storage faults (StoreErrorId keys); shown in the options page and popup. */
export const messages = defineCatalogue({
  "zh-CN": {
    "storage-full": "电脑上留给本扩展的存储空间已满，这次没有保存。已保存的内容都还在。可以先导出数据备份，再删除一些旧的记录。",
    "store-blocked": "本扩展已更新，但另一个打开着的扩展页面还在使用旧版本。请关闭本扩展的其他页面，然后刷新这一页。您的数据不会丢失。",
    "open-failed": "暂时无法打开本扩展保存的数据。请刷新页面再试一次。",
    "write-failed": "这次没有保存成功，已保存的内容都还在。请再试一次。",
    "corrupt-record": "有一条记录已损坏，无法读取，已先跳过它。其他记录不受影响。",
    "not-found": "找不到这条记录，它可能已被删除。",
    "settings-invalid": "这个设置无法保存，请检查后再试。",
    "import-not-json": "这个文件不是本扩展导出的数据（无法读取文件内容）。没有导入任何内容。",
    "import-not-ours": "这个文件不是 e-Visa Pay Helper 导出的数据。没有导入任何内容。",
    "import-newer-version": "这个文件来自更新版本的扩展。请先更新本扩展再导入。没有导入任何内容。",
    "import-invalid": "文件内容不完整或已被改动，无法导入。没有导入任何内容。"
  },
  en: {
    "storage-full": "The storage space the browser gives this extension is full, so this was not saved. Everything saved before is still there. Export a backup, then delete some old records.",
    "store-blocked": "The extension was updated, but another open extension page still uses the old version. Close the extension's other pages, then reload this one. No data is lost.",
    "open-failed": "The extension's saved data cannot be opened right now. Reload the page and try again.",
    "write-failed": "This was not saved. Everything saved before is still there. Please try again.",
    "corrupt-record": "One record is damaged and cannot be read; it was skipped. The other records are fine.",
    "not-found": "This record cannot be found; it may have been deleted.",
    "settings-invalid": "This setting cannot be saved. Please check it and try again.",
    "import-not-json": "This file is not data exported by this extension (its content cannot be read). Nothing was imported.",
    "import-not-ours": "This file is not data exported by e-Visa Pay Helper. Nothing was imported.",
    "import-newer-version": "This file comes from a newer version of the extension. Update the extension, then import it. Nothing was imported.",
    "import-invalid": "The file is incomplete or was changed, so it cannot be imported. Nothing was imported."
  }
})
