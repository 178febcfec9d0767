{{%AUTOESCAPE context="HTML"}}
{{!
  承保数据 of a school, one academic year. Sections: NO_YEAR (no year at all) or YEAR with YEAR_LABEL and
  YEAR_SELECT (only with more than one year) > YEAR_OPTION repeated (ID, LABEL, SELECTED);
  SUMMARY (POLICY_COUNT, PERSONS); POLICY repeated (POLICY_NO, COMPANY, PRODUCT, INSURED_COUNT,
  DECLARED_COUNT, MISMATCH, SUPERSEDED (an older policy a 批单 replaced: not in PERSONS), PREMIUM in
  yuan, PERIOD, FILE > FILE_URL or NO_FILE);
  EMPTY (POLICY_DEADLINE, the year's last day for insurers to upload policies, as a Chinese date).
}}
<h1 class="page-title">承保数据</h1>
<p class="breadcrumb">当前位置：首页 &gt; 承保数据</p>
{{#NO_YEAR}}<p class="empty">管理中心尚未设置当前学年，暂无承保数据。</p>{{/NO_YEAR}}
{{#YEAR}}
{{#YEAR_SELECT}}
<form class="filter-bar" method="get" action="/school/s/policies" role="search">
<div class="field">
<label for="year">学年</label>
<select id="year" name="year">
{{#YEAR_OPTION}}<option value="{{ID}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>
{{/YEAR_OPTION}}
</select>
</div>
<div class="filter-actions"><button type="submit" class="btn btn-primary">查看</button></div>
</form>
{{/YEAR_SELECT}}
<dl class="facts">
<div class="fact"><dt>学年</dt><dd><strong class="year">{{YEAR_LABEL}}</strong></dd></div>
</dl>
{{#SUMMARY}}<p class="list-summary">共 <strong>{{POLICY_COUNT}}</strong> 份保单，承保 <strong>{{PERSONS}}</strong> 人。</p>{{/SUMMARY}}
<div class="table-wrap" tabindex="0" role="region" aria-labelledby="policies-caption">
<table class="data-table">
<caption id="policies-caption" class="visually-hidden">{{YEAR_LABEL}} 学年保单列表</caption>
<thead>
<tr><th scope="col">保单号</th><th scope="col">投保公司</th><th scope="col">险种</th><th scope="col" class="col-num">承保人数</th><th scope="col" class="col-num">参保人数</th><th scope="col" class="col-num">保费（元）</th><th scope="col">保险期间</th><th scope="col">保单文件</th></tr>
</thead>
<tbody>{{#POLICY}}<tr><td class="nowrap">{{POLICY_NO}}{{#SUPERSEDED}} <span class="badge">已由批单更新</span>{{/SUPERSEDED}}</td><td class="nowrap">{{COMPANY}}</td><td>{{PRODUCT}}</td><td class="col-num">{{INSURED_COUNT}}</td><td class="col-num">{{DECLARED_COUNT}}{{#MISMATCH}} <span class="badge badge-warn">人数不一致</span>{{/MISMATCH}}</td><td class="col-num">{{PREMIUM}}</td><td class="nowrap">{{PERIOD}}</td><td>{{#FILE}}<a href="{{FILE_URL}}">下载</a>{{/FILE}}{{#NO_FILE}}<span class="muted">未上传</span>{{/NO_FILE}}</td></tr>
{{/POLICY}}</tbody>
</table>
</div>
{{#EMPTY}}<div class="empty policy-empty"><p><strong>等待保险公司承保</strong></p><p>承保保险公司将于 {{POLICY_DEADLINE}} 前上传保单，届时可在此查看和下载。</p></div>{{/EMPTY}}
{{/YEAR}}
