{{%AUTOESCAPE context="HTML"}}
{{!
  待办审核: every admin review queue on one page. Repeated KIND_OPTION (KEY, LABEL; SELECTED) and CITY_OPTION
  (CODE, NAME; SELECTED) fill the filters; CITY_ERROR (MESSAGE) with CITY_ERROR_INVALID and CITY_TYPED for an
  unknown city. Value TOTAL (pending in the shown queues), PER_QUEUE (items listed per queue at most).
  Repeated QUEUE_ROW (KEY, LABEL, LIST_URL, COUNT). Repeated ITEM oldest first (QUEUE, URL to the detail
  page, NAME, APPLICANT, REGION, SUBMITTED, DAYS). Section EMPTY.
}}
<h1 class="page-title">待办审核</h1>
<form class="filter-bar" method="get" action="/school/admin/queue" role="search">
<div class="field">
<label for="kind">审核类型</label>
<select id="kind" name="kind">
<option value="">全部</option>
{{#KIND_OPTION}}<option value="{{KEY}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>
{{/KIND_OPTION}}</select>
</div>
<div class="field{{#CITY_ERROR_INVALID}} has-error{{/CITY_ERROR_INVALID}}">
<label for="city">地市</label>
<select id="city" name="city"{{#CITY_ERROR_INVALID}} aria-invalid="true" aria-describedby="city-error"{{/CITY_ERROR_INVALID}}>
<option value="">全省</option>
{{#CITY_OPTION}}<option value="{{CODE}}"{{#SELECTED}} selected{{/SELECTED}}>{{NAME}}</option>
{{/CITY_OPTION}}</select>
{{#CITY_ERROR}}<p id="city-error" class="field-error">{{MESSAGE}}（{{CITY_TYPED}}）</p>{{/CITY_ERROR}}
</div>
<div class="filter-actions"><button type="submit" class="btn btn-primary">查询</button> <a class="btn btn-secondary" href="/school/admin/queue">重置</a></div>
</form>
<section class="panel" aria-labelledby="counts-heading">
<h2 id="counts-heading" class="section-title">待审核数量</h2>
<p class="list-summary">共 <strong>{{TOTAL}}</strong> 件待审核。</p>
<ul class="stats">
{{#QUEUE_ROW}}<li class="stat stat-attention" id="queue-{{KEY}}"><span class="stat-label"><a href="{{LIST_URL}}">{{LABEL}}</a></span><span class="stat-value"><strong class="num">{{COUNT}}</strong> 件</span></li>
{{/QUEUE_ROW}}</ul>
</section>
<section class="panel" aria-labelledby="items-heading">
<h2 id="items-heading" class="section-title">等待最久的申请</h2>
<p class="muted">按提交时间排序，最早的在前；每类最多列出 {{PER_QUEUE}} 件，点击学校名称进入审核。</p>
<div class="table-wrap" tabindex="0" role="region" aria-labelledby="items-caption">
<table class="data-table">
<caption id="items-caption" class="visually-hidden">待审核申请</caption>
<thead>
<tr><th scope="col">审核类型</th><th scope="col">学校</th><th scope="col">申请人</th><th scope="col">区域</th><th scope="col">提交时间</th><th scope="col" class="col-num">已等待（天）</th></tr>
</thead>
<tbody>{{#ITEM}}<tr><td>{{QUEUE}}</td><td><a href="{{URL}}">{{NAME}}</a></td><td>{{APPLICANT}}</td><td>{{REGION}}</td><td class="nowrap">{{SUBMITTED}}</td><td class="col-num">{{DAYS}}</td></tr>
{{/ITEM}}</tbody>
</table>
</div>
{{#EMPTY}}<p class="empty">没有待审核的申请。</p>{{/EMPTY}}
</section>
