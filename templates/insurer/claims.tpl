{{%AUTOESCAPE context="HTML"}}
{{!
  保险数据上传: an insurer's claims. Filter values FROM, TO, VIEW (pending|settled); YEAR_OPTION and
  COUNTY_OPTION repeated (ID/LABEL resp. CODE/NAME, SELECTED); YEAR_ERROR / COUNTY_ERROR / DATE_ERROR
  (MESSAGE) with *_INVALID. Tabs: PENDING_URL, SETTLED_URL, PENDING_COUNT, SETTLED_COUNT, sections
  PENDING_VIEW / SETTLED_VIEW. Section PENDING or SETTLED with CLAIM repeated (URL, SCHOOL,
  ACCIDENT_ON, COMPANY, INJURED_NAME, CAUSE, HANDLING, SETTLEMENT_NOTE, PAID (yuan), CLOSED_ON).
  Sections EMPTY, PAGER (pager.h); TOTAL.
}}
<h1 class="page-title">保险数据上传</h1>
<p class="actions"><a class="btn btn-primary" href="/school/insurer/claims/new">新增未决案件</a> <a class="btn btn-secondary" href="/school/insurer/claims/import">批量导入</a></p>
<form class="filter-bar" method="get" action="/school/insurer/claims" role="search">
<input type="hidden" name="view" value="{{VIEW}}">
<div class="field{{#YEAR_ERROR_INVALID}} has-error{{/YEAR_ERROR_INVALID}}">
<label for="year">学年</label>
<select id="year" name="year"><option value="">全部</option>{{#YEAR_OPTION}}<option value="{{ID}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/YEAR_OPTION}}</select>
{{#YEAR_ERROR}}<p class="field-error">{{MESSAGE}}</p>{{/YEAR_ERROR}}
</div>
<div class="field{{#COUNTY_ERROR_INVALID}} has-error{{/COUNTY_ERROR_INVALID}}">
<label for="county">县区</label>
<select id="county" name="county"><option value="">全部</option>{{#COUNTY_OPTION}}<option value="{{CODE}}"{{#SELECTED}} selected{{/SELECTED}}>{{NAME}}</option>{{/COUNTY_OPTION}}</select>
{{#COUNTY_ERROR}}<p class="field-error">{{MESSAGE}}</p>{{/COUNTY_ERROR}}
</div>
<div class="field{{#DATE_ERROR_INVALID}} has-error{{/DATE_ERROR_INVALID}}">
<label for="from">出险时间自</label>
<input id="from" name="from" type="date" value="{{FROM}}"{{#DATE_ERROR_INVALID}} aria-invalid="true" aria-describedby="date-error"{{/DATE_ERROR_INVALID}}>
</div>
<div class="field{{#DATE_ERROR_INVALID}} has-error{{/DATE_ERROR_INVALID}}">
<label for="to">至</label>
<input id="to" name="to" type="date" value="{{TO}}"{{#DATE_ERROR_INVALID}} aria-invalid="true" aria-describedby="date-error"{{/DATE_ERROR_INVALID}}>
{{#DATE_ERROR}}<p id="date-error" class="field-error">{{MESSAGE}}</p>{{/DATE_ERROR}}
</div>
<div class="filter-actions"><button type="submit" class="btn btn-primary">查询</button> <a class="btn btn-secondary" href="/school/insurer/claims">重置</a></div>
</form>
<nav class="claim-tabs" aria-label="案件类别">
{{#PENDING_VIEW}}<a class="btn btn-primary" aria-current="page" href="{{PENDING_URL}}">未决案件（{{PENDING_COUNT}}）</a>
<a class="btn btn-secondary" href="{{SETTLED_URL}}">理赔案件（{{SETTLED_COUNT}}）</a>{{/PENDING_VIEW}}
{{#SETTLED_VIEW}}<a class="btn btn-secondary" href="{{PENDING_URL}}">未决案件（{{PENDING_COUNT}}）</a>
<a class="btn btn-primary" aria-current="page" href="{{SETTLED_URL}}">理赔案件（{{SETTLED_COUNT}}）</a>{{/SETTLED_VIEW}}
</nav>
{{#PENDING}}
<h2 class="section-title">未决案件</h2>
<div class="table-wrap" tabindex="0" role="region" aria-labelledby="pending-caption">
<table class="data-table">
<caption id="pending-caption" class="visually-hidden">未决案件列表</caption>
<thead>
<tr><th scope="col">出险学校</th><th scope="col">出险时间</th><th scope="col">保险公司</th><th scope="col">伤者姓名</th><th scope="col">事故原因</th><th scope="col">保险公司处理情况</th><th scope="col">理赔情况</th><th scope="col">操作</th></tr>
</thead>
<tbody>{{#CLAIM}}<tr><td>{{SCHOOL}}</td><td class="nowrap">{{ACCIDENT_ON}}</td><td class="nowrap">{{COMPANY}}</td><td class="nowrap">{{INJURED_NAME}}</td><td>{{CAUSE}}</td><td>{{HANDLING}}</td><td>{{SETTLEMENT_NOTE}}</td><td class="nowrap"><a href="{{URL}}">修改 / 结案</a></td></tr>
{{/CLAIM}}</tbody>
</table>
</div>
{{/PENDING}}
{{#SETTLED}}
<h2 class="section-title">理赔案件</h2>
<div class="table-wrap" tabindex="0" role="region" aria-labelledby="settled-caption">
<table class="data-table">
<caption id="settled-caption" class="visually-hidden">理赔案件列表</caption>
<thead>
<tr><th scope="col">出险学校</th><th scope="col">事故原因</th><th scope="col" class="col-num">赔偿金额（元）</th><th scope="col">出险时间</th><th scope="col">结案时间</th><th scope="col">操作</th></tr>
</thead>
<tbody>{{#CLAIM}}<tr><td>{{SCHOOL}}</td><td>{{CAUSE}}</td><td class="col-num">{{PAID}}</td><td class="nowrap">{{ACCIDENT_ON}}</td><td class="nowrap">{{CLOSED_ON}}</td><td class="nowrap"><a href="{{URL}}">查看</a></td></tr>
{{/CLAIM}}</tbody>
</table>
</div>
{{/SETTLED}}
{{#EMPTY}}<p class="empty">没有符合条件的案件。</p>{{/EMPTY}}
{{#PAGER}}<nav class="pager" aria-label="分页">{{#PREV}}<a class="btn btn-secondary" href="{{URL}}" rel="prev">上一页</a>{{/PREV}}<span class="pager-info">第 {{PAGE}} / {{PAGES}} 页</span>{{#NEXT}}<a class="btn btn-secondary" href="{{URL}}" rel="next">下一页</a>{{/NEXT}}</nav>{{/PAGER}}
