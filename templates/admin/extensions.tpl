{{%AUTOESCAPE context="HTML"}}
{{!
  截止日期延期. NO_YEAR when no academic year exists; else HAS_YEAR with:
  YEAR_OPTION repeated (ID, LABEL, SELECTED, CURRENT); YEAR_ID, YEAR_LABEL, STARTS_ON, ENDS_ON,
  ENROLL_DEADLINE, POLICY_DEADLINE, STATS_DEADLINE; IS_CURRENT.
  EXTENSION repeated (ID, KIND, YEAR_DATE, EXTENDED_TO, REASON, GRANTED_BY, GRANTED_AT; one of
  FOR_SCHOOL (NAME, REGION), FOR_REGION (REGION), FOR_COMPANY (NAME, REGION: 全省 or the region)); NO_EXTENSION.
  School search: Q; SEARCH_CITY repeated (CITY_CODE, CITY_NAME, CITY_SELECTED; COUNTY (CODE, NAME, SELECTED));
  SEARCHED (RESULT repeated (NAME, REGION, URL); NO_RESULT; MORE).
  GRANT: SCHOOL_CHOSEN (SCHOOL_ID, SCHOOL_NAME, SCHOOL_REGION) or NO_SCHOOL; TARGET_SCHOOL / TARGET_REGION /
  TARGET_COMPANY; COMPANY_OPTION repeated (ID, NAME, SELECTED), COMPANY_ERROR (MESSAGE) with COMPANY_ERROR_INVALID;
  TARGET_CITY like SEARCH_CITY; KIND_enroll / KIND_policy / KIND_stats; EXTENDED_TO, REASON; REGION_CODE_ERROR,
  EXTENDED_TO_ERROR, REASON_ERROR (MESSAGE) with *_ERROR_INVALID; TARGET_ERROR, ERROR (MESSAGE).
  CSRF and STATIC are global.
}}
<h1 class="page-title">截止日期延期</h1>
<p class="back-link"><a href="/school/admin/years">返回学年设置</a></p>
{{#NO_YEAR}}<p class="empty">尚未设置学年，请先在<a href="/school/admin/years">学年设置</a>中添加学年。</p>{{/NO_YEAR}}
{{#HAS_YEAR}}
<form class="filter-bar" method="get" action="/school/admin/extensions">
<div class="field">
<label for="year">学年</label>
<select id="year" name="year">
{{#YEAR_OPTION}}<option value="{{ID}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}{{#CURRENT}}（当前学年）{{/CURRENT}}</option>
{{/YEAR_OPTION}}</select>
</div>
<div class="filter-actions"><button type="submit" class="btn btn-secondary">切换学年</button></div>
</form>
<dl class="detail-list">
<div><dt>学年</dt><dd>{{YEAR_LABEL}} {{#IS_CURRENT}}<span class="badge badge-ok">当前学年</span>{{/IS_CURRENT}}</dd></div>
<div><dt>保险期间</dt><dd>{{STARTS_ON}} 至 {{ENDS_ON}}</dd></div>
<div><dt>截止日期</dt><dd>投保数据 {{ENROLL_DEADLINE}}；保单上传 {{POLICY_DEADLINE}}；统计上报 {{STATS_DEADLINE}}</dd></div>
</dl>
<section class="panel" aria-labelledby="list-heading">
<h2 id="list-heading" class="section-title">本学年延期记录</h2>
<div class="table-wrap" tabindex="0" role="region" aria-labelledby="extensions-caption">
<table class="data-table">
<caption id="extensions-caption" class="visually-hidden">{{YEAR_LABEL}} 学年延期记录</caption>
<thead>
<tr><th scope="col">延期对象</th><th scope="col">事项</th><th scope="col">原截止日期</th><th scope="col">延期至</th><th scope="col">原因</th><th scope="col">批准人</th><th scope="col">批准时间</th><th scope="col">操作</th></tr>
</thead>
<tbody>{{#EXTENSION}}<tr><td>{{#FOR_SCHOOL}}{{NAME}}<br><span class="muted">{{REGION}}</span>{{/FOR_SCHOOL}}{{#FOR_REGION}}整个县区：{{REGION}}{{/FOR_REGION}}{{#FOR_COMPANY}}保险公司：{{NAME}}<br><span class="muted">{{REGION}}</span>{{/FOR_COMPANY}}</td><td class="nowrap">{{KIND}}</td><td class="nowrap">{{YEAR_DATE}}</td><td class="nowrap"><strong>{{EXTENDED_TO}}</strong></td><td class="reason-cell">{{REASON}}</td><td>{{GRANTED_BY}}</td><td class="nowrap">{{GRANTED_AT}}</td><td><form method="post" action="/school/admin/extension/revoke" data-confirm="确认撤销这项延期？相关学校将恢复按学年截止日期办理。"><input type="hidden" name="csrf" value="{{CSRF}}"><input type="hidden" name="id" value="{{ID}}"><button type="submit" class="btn btn-small btn-secondary">撤销</button></form></td></tr>
{{/EXTENSION}}</tbody>
</table>
</div>
{{#NO_EXTENSION}}<p class="empty">本学年尚无延期。</p>{{/NO_EXTENSION}}
</section>
<section class="panel" id="search" aria-labelledby="search-heading">
<h2 id="search-heading" class="section-title">查找学校</h2>
<form class="filter-bar" method="get" action="/school/admin/extensions#search" role="search">
<input type="hidden" name="year" value="{{YEAR_ID}}">
<div class="field">
<label for="q">学校名称</label>
<input id="q" name="q" type="search" value="{{Q}}" maxlength="100" placeholder="输入学校名称中的文字">
</div>
<div class="field">
<label for="region">所属地区</label>
<select id="region" name="region">
<option value="">全省</option>
{{#SEARCH_CITY}}<optgroup label="{{CITY_NAME}}">
<option value="{{CITY_CODE}}"{{#CITY_SELECTED}} selected{{/CITY_SELECTED}}>{{CITY_NAME}}（全市）</option>
{{#COUNTY}}<option value="{{CODE}}"{{#SELECTED}} selected{{/SELECTED}}>{{NAME}}</option>
{{/COUNTY}}</optgroup>
{{/SEARCH_CITY}}</select>
</div>
<div class="filter-actions"><button type="submit" class="btn btn-primary">查找</button></div>
</form>
{{#SEARCHED}}
<div class="table-wrap" tabindex="0" role="region" aria-labelledby="found-caption">
<table class="data-table">
<caption id="found-caption" class="visually-hidden">查找结果</caption>
<thead>
<tr><th scope="col">学校名称</th><th scope="col">所属地区</th><th scope="col">操作</th></tr>
</thead>
<tbody>{{#RESULT}}<tr><td>{{NAME}}</td><td>{{REGION}}</td><td><a class="btn btn-small btn-secondary" href="{{URL}}">选择</a></td></tr>
{{/RESULT}}</tbody>
</table>
</div>
{{#NO_RESULT}}<p class="empty">没有找到符合条件的学校（仅查找已通过审核的学校）。</p>{{/NO_RESULT}}
{{#MORE}}<p class="list-summary">仅显示前 20 所学校，请输入更完整的名称或选择地区。</p>{{/MORE}}
{{/SEARCHED}}
</section>
{{#GRANT}}<section class="panel" id="grant" aria-labelledby="grant-heading">
<h2 id="grant-heading" class="section-title">新增延期</h2>
{{#ERROR}}<p class="form-error" role="alert">{{MESSAGE}}</p>{{/ERROR}}
<form class="form-card" method="post" action="/school/admin/extensions">
<input type="hidden" name="csrf" value="{{CSRF}}">
<input type="hidden" name="year" value="{{YEAR_ID}}">
<fieldset class="field">
<legend class="field-label">延期对象</legend>
<div class="choice-row">
<label class="choice"><input type="radio" name="target" value="school"{{#TARGET_SCHOOL}} checked{{/TARGET_SCHOOL}}> 所选学校：{{#SCHOOL_CHOSEN}}<strong>{{SCHOOL_NAME}}</strong>（{{SCHOOL_REGION}}）{{/SCHOOL_CHOSEN}}{{#NO_SCHOOL}}<span class="muted">尚未选择，请先在上方查找学校</span>{{/NO_SCHOOL}}</label>
<label class="choice"><input type="radio" name="target" value="region"{{#TARGET_REGION}} checked{{/TARGET_REGION}}> 整个县区</label>
<label class="choice"><input type="radio" name="target" value="company"{{#TARGET_COMPANY}} checked{{/TARGET_COMPANY}}> 保险公司（保单上传）</label>
</div>
{{#SCHOOL_CHOSEN}}<input type="hidden" name="school" value="{{SCHOOL_ID}}">{{/SCHOOL_CHOSEN}}
{{#TARGET_ERROR}}<p class="field-error">{{MESSAGE}}</p>{{/TARGET_ERROR}}
</fieldset>
<div class="field{{#REGION_CODE_ERROR_INVALID}} has-error{{/REGION_CODE_ERROR_INVALID}}">
<label for="region_code">县区（选择“整个县区”时；为保险公司延期时可选，不选为全省）</label>
<select id="region_code" name="region_code"{{#REGION_CODE_ERROR_INVALID}} aria-invalid="true" aria-describedby="region-code-error"{{/REGION_CODE_ERROR_INVALID}}>
<option value="">请选择</option>
{{#TARGET_CITY}}<optgroup label="{{CITY_NAME}}">
<option value="{{CITY_CODE}}"{{#CITY_SELECTED}} selected{{/CITY_SELECTED}}>{{CITY_NAME}}（全市）</option>
{{#COUNTY}}<option value="{{CODE}}"{{#SELECTED}} selected{{/SELECTED}}>{{NAME}}</option>
{{/COUNTY}}</optgroup>
{{/TARGET_CITY}}</select>
{{#REGION_CODE_ERROR}}<p id="region-code-error" class="field-error">{{MESSAGE}}</p>{{/REGION_CODE_ERROR}}
<p class="field-hint">对该县区（选择“全市”时为该市全部县区和市直学校）的所有学校生效；单独为某所学校设置的延期优先。</p>
</div>
<div class="field{{#COMPANY_ERROR_INVALID}} has-error{{/COMPANY_ERROR_INVALID}}">
<label for="company_id">保险公司（选择“保险公司”时）</label>
<select id="company_id" name="company_id"{{#COMPANY_ERROR_INVALID}} aria-invalid="true" aria-describedby="company-error"{{/COMPANY_ERROR_INVALID}}>
<option value="">请选择</option>
{{#COMPANY_OPTION}}<option value="{{ID}}"{{#SELECTED}} selected{{/SELECTED}}>{{NAME}}</option>
{{/COMPANY_OPTION}}</select>
{{#COMPANY_ERROR}}<p id="company-error" class="field-error">{{MESSAGE}}</p>{{/COMPANY_ERROR}}
<p class="field-hint">保险公司的延期只适用于“保单上传”，对该公司在所选县区（或全省）的保单上传生效。</p>
</div>
<div class="field">
<label for="deadline">延期事项</label>
<select id="deadline" name="deadline">
<option value="enroll"{{#KIND_enroll}} selected{{/KIND_enroll}}>投保数据（截止 {{ENROLL_DEADLINE}}）</option>
<option value="policy"{{#KIND_policy}} selected{{/KIND_policy}}>保单上传（截止 {{POLICY_DEADLINE}}）</option>
<option value="stats"{{#KIND_stats}} selected{{/KIND_stats}}>统计上报（截止 {{STATS_DEADLINE}}）</option>
</select>
</div>
<div class="field{{#EXTENDED_TO_ERROR_INVALID}} has-error{{/EXTENDED_TO_ERROR_INVALID}}">
<label for="extended_to">延期至（含当天）</label>
<input id="extended_to" name="extended_to" type="date" value="{{EXTENDED_TO}}" required{{#EXTENDED_TO_ERROR_INVALID}} aria-invalid="true" aria-describedby="extended-to-error"{{/EXTENDED_TO_ERROR_INVALID}}>
{{#EXTENDED_TO_ERROR}}<p id="extended-to-error" class="field-error">{{MESSAGE}}</p>{{/EXTENDED_TO_ERROR}}
<p class="field-hint">须晚于该事项的学年截止日期、不早于今天，且不晚于保险期间结束（{{ENDS_ON}}）。同一对象同一事项再次延期时，以新的日期为准。</p>
</div>
<div class="field{{#REASON_ERROR_INVALID}} has-error{{/REASON_ERROR_INVALID}}">
<label for="reason">延期原因</label>
<textarea id="reason" name="reason" maxlength="200" required{{#REASON_ERROR_INVALID}} aria-invalid="true" aria-describedby="reason-error"{{/REASON_ERROR_INVALID}}>{{REASON}}</textarea>
{{#REASON_ERROR}}<p id="reason-error" class="field-error">{{MESSAGE}}</p>{{/REASON_ERROR}}
<p class="field-hint">不超过 200 个字，记入审计日志。</p>
</div>
<button type="submit" class="btn btn-primary">确认延期</button>
</form>
</section>{{/GRANT}}
{{/HAS_YEAR}}
<script src="{{STATIC}}/js/admin-confirm.js" defer></script>
